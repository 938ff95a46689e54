/**
 * Replies recorded from the real Nova (Zed, microversion 2.93 unless the name says otherwise) in the
 * local cloud; nothing edited.
 */

/** 200 reply to `POST servers/{id}/os-volume_attachments` with `device: '/dev/vdb'` (Nova
 * recorded `/dev/sdb`), `tag: 'data'` and `delete_on_termination: false`. */
export const attach = {
  "volumeAttachment": {
    "id": "f256a87a-23bb-4dff-8ebf-367d5988ed12",
    "serverId": "fdfb3d25-7784-4dbf-9ca9-6b7312c4542f",
    "volumeId": "f256a87a-23bb-4dff-8ebf-367d5988ed12",
    "device": "/dev/sdb",
    "tag": "data",
    "delete_on_termination": false
  }
};

/** 200 reply to attaching a second volume by `volumeId` alone at microversion 2.1. */
export const attach21 = {
  "volumeAttachment": {
    "id": "02112d7d-8662-4909-a6a3-ef7bf491cd9a",
    "serverId": "fdfb3d25-7784-4dbf-9ca9-6b7312c4542f",
    "volumeId": "02112d7d-8662-4909-a6a3-ef7bf491cd9a",
    "device": "/dev/sdc"
  }
};

/** 200 reply to `GET servers/{id}/os-volume_attachments` with both volumes attached. */
export const list = {
  "volumeAttachments": [
    {
      "volumeId": "f256a87a-23bb-4dff-8ebf-367d5988ed12",
      "serverId": "fdfb3d25-7784-4dbf-9ca9-6b7312c4542f",
      "device": "/dev/sdb",
      "tag": "data",
      "delete_on_termination": false,
      "attachment_id": "826027b8-b761-445d-a195-eda506c35830",
      "bdm_uuid": "ac55b888-9c28-4ada-bd1a-456feed0212d"
    },
    {
      "volumeId": "02112d7d-8662-4909-a6a3-ef7bf491cd9a",
      "serverId": "fdfb3d25-7784-4dbf-9ca9-6b7312c4542f",
      "device": "/dev/sdc",
      "tag": null,
      "delete_on_termination": false,
      "attachment_id": "d8aff67d-86ee-4047-8ef5-61df20fe4f3b",
      "bdm_uuid": "687a98b4-0594-4432-b0cb-c34750006768"
    }
  ]
};

/** 200 reply to `GET servers/{id}/os-volume_attachments?limit=1&offset=1`: the root disk's mapping took offset 0. */
export const listWindow = {
  "volumeAttachments": [
    {
      "volumeId": "f256a87a-23bb-4dff-8ebf-367d5988ed12",
      "serverId": "fdfb3d25-7784-4dbf-9ca9-6b7312c4542f",
      "device": "/dev/sdb",
      "tag": "data",
      "delete_on_termination": false,
      "attachment_id": "826027b8-b761-445d-a195-eda506c35830",
      "bdm_uuid": "ac55b888-9c28-4ada-bd1a-456feed0212d"
    }
  ]
};

/** 200 reply to the list at microversion 2.1. */
export const list21 = {
  "volumeAttachments": [
    {
      "id": "f256a87a-23bb-4dff-8ebf-367d5988ed12",
      "volumeId": "f256a87a-23bb-4dff-8ebf-367d5988ed12",
      "serverId": "fdfb3d25-7784-4dbf-9ca9-6b7312c4542f",
      "device": "/dev/sdb"
    },
    {
      "id": "02112d7d-8662-4909-a6a3-ef7bf491cd9a",
      "volumeId": "02112d7d-8662-4909-a6a3-ef7bf491cd9a",
      "serverId": "fdfb3d25-7784-4dbf-9ca9-6b7312c4542f",
      "device": "/dev/sdc"
    }
  ]
};

/** 200 reply to the list at microversion 2.79. */
export const list279 = {
  "volumeAttachments": [
    {
      "id": "f256a87a-23bb-4dff-8ebf-367d5988ed12",
      "volumeId": "f256a87a-23bb-4dff-8ebf-367d5988ed12",
      "serverId": "fdfb3d25-7784-4dbf-9ca9-6b7312c4542f",
      "device": "/dev/sdb",
      "tag": "data",
      "delete_on_termination": false
    },
    {
      "id": "02112d7d-8662-4909-a6a3-ef7bf491cd9a",
      "volumeId": "02112d7d-8662-4909-a6a3-ef7bf491cd9a",
      "serverId": "fdfb3d25-7784-4dbf-9ca9-6b7312c4542f",
      "device": "/dev/sdc",
      "tag": null,
      "delete_on_termination": false
    }
  ]
};

/** 200 reply to `GET servers/{id}/os-volume_attachments/{volumeId}`. */
export const get = {
  "volumeAttachment": {
    "volumeId": "f256a87a-23bb-4dff-8ebf-367d5988ed12",
    "serverId": "fdfb3d25-7784-4dbf-9ca9-6b7312c4542f",
    "device": "/dev/sdb",
    "tag": "data",
    "delete_on_termination": false,
    "attachment_id": "826027b8-b761-445d-a195-eda506c35830",
    "bdm_uuid": "ac55b888-9c28-4ada-bd1a-456feed0212d"
  }
};

/** 200 reply to the same show after `PUT` set delete_on_termination. */
export const getAfterUpdate = {
  "volumeAttachment": {
    "volumeId": "f256a87a-23bb-4dff-8ebf-367d5988ed12",
    "serverId": "fdfb3d25-7784-4dbf-9ca9-6b7312c4542f",
    "device": "/dev/sdb",
    "tag": "data",
    "delete_on_termination": true,
    "attachment_id": "826027b8-b761-445d-a195-eda506c35830",
    "bdm_uuid": "ac55b888-9c28-4ada-bd1a-456feed0212d"
  }
};

/** 200 reply to the list of another server once its volume was detached. */
export const listEmpty = {
  "volumeAttachments": []
};

/** 404 reply to show, on that server, for a volume no longer attached. */
export const notAttached = {
  "itemNotFound": {
    "code": 404,
    "message": "Instance 669aaed0-060e-4bce-bc6e-c96591a7229a is not attached to volume f0df85b6-3269-471d-9d6a-3319d161cce7"
  }
};

/** 403 reply to a member's swap (`PUT` with another volumeId). */
export const swapForbidden = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow os_compute_api:os-volumes-attachments:swap to be performed."
  }
};
