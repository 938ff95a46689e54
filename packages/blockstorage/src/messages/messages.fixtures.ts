/**
 * Replies recorded from the real Cinder (Zed, 21.3.1, FakeLoggingVolumeDriver, cinder-backup) in the
 * local cloud by the demo member, or the admin where noted; nothing edited.
 */

/** GET messages?resource_uuid=… after the fake driver failed an extend. */
export const messages = {
  "messages": [
    {
      "id": "f787058d-0637-453d-8cce-906742628bb2",
      "event_id": "VOLUME_VOLUME_007_010",
      "user_message": "extend volume:Volume Driver failed to extend volume.",
      "message_level": "ERROR",
      "created_at": "2026-12-08T01:51:17.000000",
      "guaranteed_until": "2027-01-07T01:51:17.000000",
      "request_id": "req-6add0477-07d8-440f-be4a-45612864754b",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/messages/f787058d-0637-453d-8cce-906742628bb2"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/messages/f787058d-0637-453d-8cce-906742628bb2"
        }
      ],
      "resource_type": "VOLUME",
      "resource_uuid": "0d0357aa-16ac-4884-9d03-d0bd08428a63"
    }
  ]
};

/** GET messages/{id}. */
export const message = {
  "message": {
    "id": "f787058d-0637-453d-8cce-906742628bb2",
    "event_id": "VOLUME_VOLUME_007_010",
    "user_message": "extend volume:Volume Driver failed to extend volume.",
    "message_level": "ERROR",
    "created_at": "2026-12-08T01:51:17.000000",
    "guaranteed_until": "2027-01-07T01:51:17.000000",
    "request_id": "req-6add0477-07d8-440f-be4a-45612864754b",
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/messages/f787058d-0637-453d-8cce-906742628bb2"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/messages/f787058d-0637-453d-8cce-906742628bb2"
      }
    ],
    "resource_type": "VOLUME",
    "resource_uuid": "0d0357aa-16ac-4884-9d03-d0bd08428a63"
  }
};

/** 404 reply to GET messages at microversion 3.2. */
export const messages32 = {
  "itemNotFound": {
    "code": 404,
    "message": "The resource could not be found."
  }
};

/** 404 reply to GET messages/{id} after DELETE answered 204. */
export const messageDeleted = {
  "itemNotFound": {
    "code": 404,
    "message": "Message f787058d-0637-453d-8cce-906742628bb2 could not be found."
  }
};
