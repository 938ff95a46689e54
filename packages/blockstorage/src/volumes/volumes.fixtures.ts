/**
 * Replies recorded from the real Cinder (Zed, 21.3.1, FakeLoggingVolumeDriver) in the local cloud by
 * the demo member (the admin where noted), from volumes made for the recording; nothing edited.
 */

/** 202 reply to the recorded `create` call (POST volumes, microversion 3.70). */
export const create = {
  "volume": {
    "id": "9f46ed3a-6180-4e2d-a108-344debf13c59",
    "status": "creating",
    "size": 1,
    "availability_zone": "nova",
    "created_at": "2026-12-08T01:27:14.385604",
    "updated_at": null,
    "name": "rec-volume",
    "description": "recorded",
    "volume_type": "__DEFAULT__",
    "snapshot_id": null,
    "source_volid": null,
    "metadata": {
      "purpose": "recording"
    },
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      }
    ],
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "bootable": "false",
    "encrypted": false,
    "replication_status": null,
    "consistencygroup_id": null,
    "multiattach": false,
    "attachments": [],
    "group_id": null,
    "shared_targets": true,
    "service_uuid": null,
    "volume_type_id": "7675f7b2-228c-46da-b044-4e41c3da2732",
    "consumes_quota": true
  }
};

/** 200 reply to the recorded `get` call (GET volumes/{id}, microversion 3.70). */
export const get = {
  "volume": {
    "id": "9f46ed3a-6180-4e2d-a108-344debf13c59",
    "status": "available",
    "size": 1,
    "availability_zone": "nova",
    "created_at": "2026-12-08T01:27:14.000000",
    "updated_at": "2026-12-08T01:27:14.000000",
    "name": "rec-volume",
    "description": "recorded",
    "volume_type": "__DEFAULT__",
    "snapshot_id": null,
    "source_volid": null,
    "metadata": {
      "purpose": "recording"
    },
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      }
    ],
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "bootable": "false",
    "encrypted": false,
    "replication_status": null,
    "consistencygroup_id": null,
    "multiattach": false,
    "attachments": [],
    "group_id": null,
    "shared_targets": false,
    "service_uuid": "1be2b7b7-ad78-4bbb-b0f9-55949a3ad83f",
    "volume_type_id": "7675f7b2-228c-46da-b044-4e41c3da2732",
    "consumes_quota": true,
    "os-vol-tenant-attr:tenant_id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
  }
};

/** 200 reply to the recorded `get30` call (GET volumes/{id}, microversion 3.0). The same volume at microversion 3.0. */
export const get30 = {
  "volume": {
    "id": "9f46ed3a-6180-4e2d-a108-344debf13c59",
    "status": "available",
    "size": 1,
    "availability_zone": "nova",
    "created_at": "2026-12-08T01:27:14.000000",
    "updated_at": "2026-12-08T01:27:14.000000",
    "name": "rec-volume",
    "description": "recorded",
    "volume_type": "__DEFAULT__",
    "snapshot_id": null,
    "source_volid": null,
    "metadata": {
      "purpose": "recording"
    },
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      }
    ],
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "bootable": "false",
    "encrypted": false,
    "replication_status": null,
    "consistencygroup_id": null,
    "multiattach": false,
    "attachments": [],
    "os-vol-tenant-attr:tenant_id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
  }
};

/** 200 reply to the recorded `getAdmin` call (GET volumes/{id}, microversion 3.70). The same volume read by the admin. */
export const getAdmin = {
  "volume": {
    "id": "9f46ed3a-6180-4e2d-a108-344debf13c59",
    "status": "available",
    "size": 1,
    "availability_zone": "nova",
    "created_at": "2026-12-08T01:27:14.000000",
    "updated_at": "2026-12-08T01:27:14.000000",
    "name": "rec-volume",
    "description": "recorded",
    "volume_type": "__DEFAULT__",
    "snapshot_id": null,
    "source_volid": null,
    "metadata": {
      "purpose": "recording"
    },
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/b6514526697b440c9fc3ee33a46c2c47/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/b6514526697b440c9fc3ee33a46c2c47/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      }
    ],
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "bootable": "false",
    "encrypted": false,
    "replication_status": null,
    "consistencygroup_id": null,
    "multiattach": false,
    "attachments": [],
    "migration_status": null,
    "group_id": null,
    "provider_id": null,
    "shared_targets": false,
    "service_uuid": "1be2b7b7-ad78-4bbb-b0f9-55949a3ad83f",
    "cluster_name": null,
    "volume_type_id": "7675f7b2-228c-46da-b044-4e41c3da2732",
    "consumes_quota": true,
    "os-vol-tenant-attr:tenant_id": "93bd1bc6475f4027a0f8b1a6baeddf2a",
    "os-vol-mig-status-attr:migstat": null,
    "os-vol-mig-status-attr:name_id": null,
    "os-vol-host-attr:host": "localhost@fake#fake"
  }
};

/** 200 reply to the recorded `listDetailPage1` call (GET volumes/detail, microversion 3.70). With `limit=1&sort=name:asc`; Cinder links the next page. */
export const listDetailPage1 = {
  "volumes": [
    {
      "id": "9f46ed3a-6180-4e2d-a108-344debf13c59",
      "status": "available",
      "size": 1,
      "availability_zone": "nova",
      "created_at": "2026-12-08T01:27:14.000000",
      "updated_at": "2026-12-08T01:27:14.000000",
      "name": "rec-volume",
      "description": "recorded",
      "volume_type": "__DEFAULT__",
      "snapshot_id": null,
      "source_volid": null,
      "metadata": {
        "purpose": "recording"
      },
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
        }
      ],
      "user_id": "1962399bfe114deda2f8ba3e00eb966a",
      "bootable": "false",
      "encrypted": false,
      "replication_status": null,
      "consistencygroup_id": null,
      "multiattach": false,
      "attachments": [],
      "group_id": null,
      "shared_targets": false,
      "service_uuid": "1be2b7b7-ad78-4bbb-b0f9-55949a3ad83f",
      "volume_type_id": "7675f7b2-228c-46da-b044-4e41c3da2732",
      "consumes_quota": true,
      "os-vol-tenant-attr:tenant_id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
    }
  ],
  "volumes_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/detail?limit=1&sort=name%3Aasc&marker=9f46ed3a-6180-4e2d-a108-344debf13c59"
    }
  ]
};

/** 200 reply to the recorded `listDetailPage2` call (GET volumes/detail, microversion 3.70). The page after `listDetailPage1`; still full, so Cinder links a next page. */
export const listDetailPage2 = {
  "volumes": [
    {
      "id": "4d05c530-d5cc-4082-93c6-01951ec73af7",
      "status": "available",
      "size": 2,
      "availability_zone": "nova",
      "created_at": "2026-12-08T01:27:15.000000",
      "updated_at": "2026-12-08T01:27:15.000000",
      "name": "rec-volume-2",
      "description": null,
      "volume_type": "__DEFAULT__",
      "snapshot_id": null,
      "source_volid": null,
      "metadata": {},
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/4d05c530-d5cc-4082-93c6-01951ec73af7"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/4d05c530-d5cc-4082-93c6-01951ec73af7"
        }
      ],
      "user_id": "1962399bfe114deda2f8ba3e00eb966a",
      "bootable": "false",
      "encrypted": false,
      "replication_status": null,
      "consistencygroup_id": null,
      "multiattach": false,
      "attachments": [],
      "group_id": null,
      "shared_targets": false,
      "service_uuid": "1be2b7b7-ad78-4bbb-b0f9-55949a3ad83f",
      "volume_type_id": "7675f7b2-228c-46da-b044-4e41c3da2732",
      "consumes_quota": true,
      "os-vol-tenant-attr:tenant_id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
    }
  ],
  "volumes_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/detail?limit=1&sort=name%3Aasc&marker=4d05c530-d5cc-4082-93c6-01951ec73af7"
    }
  ]
};

/** 200 reply to the recorded `listSummaries` call (GET volumes, microversion 3.70). */
export const listSummaries = {
  "volumes": [
    {
      "id": "9f46ed3a-6180-4e2d-a108-344debf13c59",
      "name": "rec-volume",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
        }
      ]
    }
  ]
};

/** 200 reply to the recorded `listMetadataFilter` call (GET volumes/detail, microversion 3.70). Filtered by `metadata={"purpose": "recording"}`. */
export const listMetadataFilter = {
  "volumes": [
    {
      "id": "9f46ed3a-6180-4e2d-a108-344debf13c59",
      "status": "available",
      "size": 1,
      "availability_zone": "nova",
      "created_at": "2026-12-08T01:27:14.000000",
      "updated_at": "2026-12-08T01:27:14.000000",
      "name": "rec-volume",
      "description": "recorded",
      "volume_type": "__DEFAULT__",
      "snapshot_id": null,
      "source_volid": null,
      "metadata": {
        "purpose": "recording"
      },
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
        }
      ],
      "user_id": "1962399bfe114deda2f8ba3e00eb966a",
      "bootable": "false",
      "encrypted": false,
      "replication_status": null,
      "consistencygroup_id": null,
      "multiattach": false,
      "attachments": [],
      "group_id": null,
      "shared_targets": false,
      "service_uuid": "1be2b7b7-ad78-4bbb-b0f9-55949a3ad83f",
      "volume_type_id": "7675f7b2-228c-46da-b044-4e41c3da2732",
      "consumes_quota": true,
      "os-vol-tenant-attr:tenant_id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
    }
  ]
};

/** 400 reply to the recorded `listBadFilter` call (GET volumes/detail, microversion 3.70). A member filtering by `host`, which resource_filters do not allow. */
export const listBadFilter = {
  "badRequest": {
    "code": 400,
    "message": "Invalid filters host are found in query options."
  }
};

/** 200 reply to the recorded `update` call (PUT volumes/{id}, microversion 3.70). */
export const update = {
  "volume": {
    "id": "9f46ed3a-6180-4e2d-a108-344debf13c59",
    "status": "available",
    "size": 1,
    "availability_zone": "nova",
    "created_at": "2026-12-08T01:27:14.000000",
    "updated_at": "2026-12-08T01:27:14.000000",
    "name": "rec-volume-renamed",
    "description": "updated",
    "volume_type": "__DEFAULT__",
    "snapshot_id": null,
    "source_volid": null,
    "metadata": {
      "purpose": "recording"
    },
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      }
    ],
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "bootable": "false",
    "encrypted": false,
    "replication_status": null,
    "consistencygroup_id": null,
    "multiattach": false,
    "attachments": [],
    "group_id": null,
    "shared_targets": false,
    "service_uuid": "1be2b7b7-ad78-4bbb-b0f9-55949a3ad83f",
    "volume_type_id": "7675f7b2-228c-46da-b044-4e41c3da2732",
    "consumes_quota": true
  }
};

/** 200 reply to the recorded `metadataGet` call (GET volumes/{id}/metadata, microversion 3.70). */
export const metadataGet = {
  "metadata": {
    "purpose": "recording"
  }
};

/** 200 reply to the recorded `metadataUpdate` call (POST volumes/{id}/metadata, microversion 3.70). */
export const metadataUpdate = {
  "metadata": {
    "color": "blue",
    "purpose": "recording"
  }
};

/** 200 reply to the recorded `metadataReplace` call (PUT volumes/{id}/metadata, microversion 3.70). */
export const metadataReplace = {
  "metadata": {
    "color": "red",
    "size": "small"
  }
};

/** 200 reply to the recorded `metadataSetItem` call (PUT volumes/{id}/metadata/color, microversion 3.70). */
export const metadataSetItem = {
  "meta": {
    "color": "green"
  }
};

/** 200 reply to the recorded `metadataGetItem` call (GET volumes/{id}/metadata/color, microversion 3.70). */
export const metadataGetItem = {
  "meta": {
    "color": "green"
  }
};

/** 404 reply to the recorded `metadataGetMissing` call (GET volumes/{id}/metadata/size, microversion 3.70). */
export const metadataGetMissing = {
  "itemNotFound": {
    "code": 404,
    "message": "Volume 9f46ed3a-6180-4e2d-a108-344debf13c59 has no metadata with key size."
  }
};

/** 200 reply to the recorded `getFlagged` call (GET volumes/{id}, microversion 3.70). After os-set_bootable true and os-update_readonly_flag true. */
export const getFlagged = {
  "volume": {
    "id": "9f46ed3a-6180-4e2d-a108-344debf13c59",
    "status": "available",
    "size": 1,
    "availability_zone": "nova",
    "created_at": "2026-12-08T01:27:14.000000",
    "updated_at": "2026-12-08T01:27:17.000000",
    "name": "rec-volume-renamed",
    "description": "updated",
    "volume_type": "__DEFAULT__",
    "snapshot_id": null,
    "source_volid": null,
    "metadata": {
      "color": "green",
      "readonly": "True"
    },
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      }
    ],
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "bootable": "true",
    "encrypted": false,
    "replication_status": null,
    "consistencygroup_id": null,
    "multiattach": false,
    "attachments": [],
    "group_id": null,
    "shared_targets": false,
    "service_uuid": "1be2b7b7-ad78-4bbb-b0f9-55949a3ad83f",
    "volume_type_id": "7675f7b2-228c-46da-b044-4e41c3da2732",
    "consumes_quota": true,
    "os-vol-tenant-attr:tenant_id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
  }
};

/** 200 reply to the recorded `getExtendFailed` call (GET volumes/{id}, microversion 3.70). After os-extend: the FakeLoggingVolumeDriver fails every extend. */
export const getExtendFailed = {
  "volume": {
    "id": "9f46ed3a-6180-4e2d-a108-344debf13c59",
    "status": "error_extending",
    "size": 1,
    "availability_zone": "nova",
    "created_at": "2026-12-08T01:27:14.000000",
    "updated_at": "2026-12-08T01:27:17.000000",
    "name": "rec-volume-renamed",
    "description": "updated",
    "volume_type": "__DEFAULT__",
    "snapshot_id": null,
    "source_volid": null,
    "metadata": {
      "color": "green",
      "readonly": "True"
    },
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      }
    ],
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "bootable": "true",
    "encrypted": false,
    "replication_status": null,
    "consistencygroup_id": null,
    "multiattach": false,
    "attachments": [],
    "group_id": null,
    "shared_targets": false,
    "service_uuid": "1be2b7b7-ad78-4bbb-b0f9-55949a3ad83f",
    "volume_type_id": "7675f7b2-228c-46da-b044-4e41c3da2732",
    "consumes_quota": true,
    "os-vol-tenant-attr:tenant_id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
  }
};

/** 200 reply to the recorded `messagesExtend` call (GET messages, microversion 3.70). Filtered by `resource_uuid` of the volume whose extend failed. */
export const messagesExtend = {
  "messages": [
    {
      "id": "ba5e4690-9562-4565-b6a8-17f40fd1145c",
      "event_id": "VOLUME_VOLUME_007_010",
      "user_message": "extend volume:Volume Driver failed to extend volume.",
      "message_level": "ERROR",
      "created_at": "2026-12-08T01:27:17.000000",
      "guaranteed_until": "2027-01-07T01:27:17.000000",
      "request_id": "req-8613fc28-d811-4f55-ba67-651f23e7c017",
      "links": [
        {
          "rel": "self",
          "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/messages/ba5e4690-9562-4565-b6a8-17f40fd1145c"
        },
        {
          "rel": "bookmark",
          "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/messages/ba5e4690-9562-4565-b6a8-17f40fd1145c"
        }
      ],
      "resource_type": "VOLUME",
      "resource_uuid": "9f46ed3a-6180-4e2d-a108-344debf13c59"
    }
  ]
};

/** 403 reply to the recorded `resetStatusMember` call (POST volumes/{id}/action, microversion 3.70). os-reset_status by a member. */
export const resetStatusMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume_extension:volume_admin_actions:reset_status to be performed."
  }
};

/** 200 reply to the recorded `summary` call (GET volumes/summary, microversion 3.70). */
export const summary = {
  "volume-summary": {
    "total_count": 2,
    "total_size": 3,
    "metadata": {
      "color": [
        "green"
      ]
    }
  }
};

/** 403 reply to the recorded `deleteForceMember` call (DELETE volumes/{second}, microversion 3.70). DELETE ?force=true by a member. */
export const deleteForceMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow volume:force_delete to be performed."
  }
};

/** 404 reply to the recorded `getMissingByName` call (GET volumes/rec-volume-renamed, microversion 3.70). A name where the path wants an ID. */
export const getMissingByName = {
  "itemNotFound": {
    "code": 404,
    "message": "Volume rec-volume-renamed could not be found."
  }
};

/** 200 reply to the recorded `getDeleting` call (GET volumes/{id}, microversion 3.70). Right after the DELETE. */
export const getDeleting = {
  "volume": {
    "id": "9f46ed3a-6180-4e2d-a108-344debf13c59",
    "status": "deleting",
    "size": 1,
    "availability_zone": "nova",
    "created_at": "2026-12-08T01:27:14.000000",
    "updated_at": "2026-12-08T01:27:19.000000",
    "name": "rec-volume-renamed",
    "description": "updated",
    "volume_type": "__DEFAULT__",
    "snapshot_id": null,
    "source_volid": null,
    "metadata": {
      "color": "green",
      "readonly": "True"
    },
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/9f46ed3a-6180-4e2d-a108-344debf13c59"
      }
    ],
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "bootable": "true",
    "encrypted": false,
    "replication_status": null,
    "consistencygroup_id": null,
    "multiattach": false,
    "attachments": [],
    "group_id": null,
    "shared_targets": false,
    "service_uuid": "1be2b7b7-ad78-4bbb-b0f9-55949a3ad83f",
    "volume_type_id": "7675f7b2-228c-46da-b044-4e41c3da2732",
    "consumes_quota": true,
    "os-vol-tenant-attr:tenant_id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
  }
};

/** 404 reply to the recorded `getDeleted` call (GET volumes/{id}, microversion 3.70). After the deletion finished. */
export const getDeleted = {
  "itemNotFound": {
    "code": 404,
    "message": "Volume 9f46ed3a-6180-4e2d-a108-344debf13c59 could not be found."
  }
};
