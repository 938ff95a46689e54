/**
 * Cinder's version documents, recorded from the real Cinder (Zed) in the local cloud with the demo
 * member's token; nothing edited.
 */

/** 404 reply to GET of the catalog endpoint itself (`/v3/{project_id}/`): Cinder serves no versions document there. */
export const projectEndpoint = {
  "message": "The resource could not be found.<br /><br />\n\n\n",
  "code": "404 Not Found",
  "title": "Not Found"
};

/** 200 reply to GET `/v3/`: the versions list, up to microversion 3.70. */
export const v3 = {
  "versions": [
    {
      "id": "v3.0",
      "status": "CURRENT",
      "version": "3.70",
      "min_version": "3.0",
      "updated": "2022-08-31T00:00:00Z",
      "links": [
        {
          "rel": "describedby",
          "type": "text/html",
          "href": "https://docs.openstack.org/"
        },
        {
          "rel": "self",
          "href": "http://127.0.0.1:8776/v3/"
        }
      ],
      "media-types": [
        {
          "base": "application/json",
          "type": "application/vnd.openstack.volume+json;version=3"
        }
      ]
    }
  ]
};
