/**
 * Replies recorded from the real Cinder (Zed, 21.3.1, FakeLoggingVolumeDriver) in the local cloud by the
 * demo member, for a volume made for the recording and a made-up server ID (no compute host: the
 * connector is written by hand); nothing edited.
 */

/** 200 reply to POST attachments with volume_uuid and instance_uuid, no connector (microversion 3.70). */
export const create = {
  "attachment": {
    "id": "2c55ffe4-ef2e-4f7f-a044-ecafe48d4b1b",
    "status": "reserved",
    "instance": "4b1f5a57-0000-4000-8000-00000000beef",
    "volume_id": "c0c4526b-7439-4668-a365-19b459918071",
    "attached_at": "",
    "detached_at": "",
    "attach_mode": "null",
    "connection_info": {}
  }
};

/** 200 reply to POST attachments with a connector and mode rw: the fake driver's connection_info. */
export const createConnected = {
  "attachment": {
    "id": "d32f7bdd-5284-4331-83b3-c460bdf12fa0",
    "status": "reserved",
    "instance": "4b1f5a57-0000-4000-8000-00000000beef",
    "volume_id": "c0c4526b-7439-4668-a365-19b459918071",
    "attached_at": "",
    "detached_at": "",
    "attach_mode": "rw",
    "connection_info": {
      "access_mode": "rw",
      "qos_specs": null,
      "encrypted": false,
      "cacheable": false,
      "driver_volume_type": "iscsi",
      "attachment_id": "d32f7bdd-5284-4331-83b3-c460bdf12fa0"
    }
  }
};

/** 200 reply to POST attachments with mode ro and no connector. */
export const createRo = {
  "attachment": {
    "id": "4f1eb164-f635-4eb7-841a-b2ba00ad67f8",
    "status": "reserved",
    "instance": "4b1f5a57-0000-4000-8000-00000000beef",
    "volume_id": "c0c4526b-7439-4668-a365-19b459918071",
    "attached_at": "",
    "detached_at": "",
    "attach_mode": "ro",
    "connection_info": {}
  }
};

/** 404 reply to POST attachments for a volume that does not exist. */
export const createMissing = {
  "itemNotFound": {
    "code": 404,
    "message": "Volume 00000000-0000-4000-8000-000000000000 could not be found."
  }
};

/** 200 reply to PUT attachments/{id} with a connector, for the attachment of `create`. */
export const update = {
  "attachment": {
    "id": "2c55ffe4-ef2e-4f7f-a044-ecafe48d4b1b",
    "status": "reserved",
    "instance": "4b1f5a57-0000-4000-8000-00000000beef",
    "volume_id": "c0c4526b-7439-4668-a365-19b459918071",
    "attached_at": "",
    "detached_at": "",
    "attach_mode": "null",
    "connection_info": {
      "access_mode": "rw",
      "qos_specs": null,
      "encrypted": false,
      "cacheable": false,
      "driver_volume_type": "iscsi",
      "attachment_id": "2c55ffe4-ef2e-4f7f-a044-ecafe48d4b1b"
    }
  }
};

/** 500 reply to PUT attachments/{id} with the connector another attachment of the volume already has. */
export const updateDuplicate = {
  "computeFault": {
    "code": 500,
    "message": "Unable to update attachment.(Invalid volume: duplicate connectors detected on volume c0c4526b-7439-4668-a365-19b459918071)."
  }
};

/** GET attachments/{id} after os-complete. */
export const get = {
  "attachment": {
    "id": "2c55ffe4-ef2e-4f7f-a044-ecafe48d4b1b",
    "status": "attached",
    "instance": "4b1f5a57-0000-4000-8000-00000000beef",
    "volume_id": "c0c4526b-7439-4668-a365-19b459918071",
    "attached_at": "2026-12-08T01:47:42.000000",
    "detached_at": "",
    "attach_mode": "rw",
    "connection_info": {
      "access_mode": "rw",
      "qos_specs": null,
      "encrypted": false,
      "cacheable": false,
      "driver_volume_type": "iscsi",
      "attachment_id": "2c55ffe4-ef2e-4f7f-a044-ecafe48d4b1b"
    }
  }
};

/** GET volumes/{id} of the volume once the attachment is complete. */
export const volumeInUse = {
  "volume": {
    "id": "c0c4526b-7439-4668-a365-19b459918071",
    "status": "in-use",
    "size": 1,
    "availability_zone": "nova",
    "created_at": "2026-12-08T01:47:23.000000",
    "updated_at": "2026-12-08T01:47:42.000000",
    "name": "rec-att-vol",
    "description": null,
    "volume_type": "__DEFAULT__",
    "snapshot_id": null,
    "source_volid": null,
    "metadata": {},
    "links": [
      {
        "rel": "self",
        "href": "http://127.0.0.1:8776/v3/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/c0c4526b-7439-4668-a365-19b459918071"
      },
      {
        "rel": "bookmark",
        "href": "http://127.0.0.1:8776/93bd1bc6475f4027a0f8b1a6baeddf2a/volumes/c0c4526b-7439-4668-a365-19b459918071"
      }
    ],
    "user_id": "1962399bfe114deda2f8ba3e00eb966a",
    "bootable": "false",
    "encrypted": false,
    "replication_status": null,
    "consistencygroup_id": null,
    "multiattach": false,
    "attachments": [
      {
        "id": "c0c4526b-7439-4668-a365-19b459918071",
        "attachment_id": "2c55ffe4-ef2e-4f7f-a044-ecafe48d4b1b",
        "volume_id": "c0c4526b-7439-4668-a365-19b459918071",
        "server_id": "4b1f5a57-0000-4000-8000-00000000beef",
        "host_name": null,
        "device": "/dev/vdb",
        "attached_at": "2026-12-08T01:47:42.000000"
      }
    ],
    "group_id": null,
    "shared_targets": false,
    "service_uuid": "1be2b7b7-ad78-4bbb-b0f9-55949a3ad83f",
    "volume_type_id": "7675f7b2-228c-46da-b044-4e41c3da2732",
    "consumes_quota": true,
    "os-vol-tenant-attr:tenant_id": "93bd1bc6475f4027a0f8b1a6baeddf2a"
  }
};

/** GET attachments/detail?volume_id=…&limit=1&sort=id:asc: no attachments_links. */
export const page1 = {
  "attachments": [
    {
      "id": "2c55ffe4-ef2e-4f7f-a044-ecafe48d4b1b",
      "status": "attached",
      "instance": "4b1f5a57-0000-4000-8000-00000000beef",
      "volume_id": "c0c4526b-7439-4668-a365-19b459918071",
      "attached_at": "2026-12-08T01:47:42.000000",
      "detached_at": "",
      "attach_mode": "rw",
      "connection_info": {
        "access_mode": "rw",
        "qos_specs": null,
        "encrypted": false,
        "cacheable": false,
        "driver_volume_type": "iscsi",
        "attachment_id": "2c55ffe4-ef2e-4f7f-a044-ecafe48d4b1b"
      }
    }
  ]
};

/** the page after page1 (marker = its last ID). */
export const page2 = {
  "attachments": [
    {
      "id": "bf6284b7-6735-4ea0-9a90-8a114e85c3e8",
      "status": "reserved",
      "instance": "4b1f5a57-0000-4000-8000-00000000beef",
      "volume_id": "c0c4526b-7439-4668-a365-19b459918071",
      "attached_at": "",
      "detached_at": "",
      "attach_mode": "null",
      "connection_info": {}
    }
  ]
};

/** the page after page2. */
export const page3 = {
  "attachments": []
};

/** GET attachments?volume_id=…. */
export const listSummaries = {
  "attachments": [
    {
      "id": "bf6284b7-6735-4ea0-9a90-8a114e85c3e8",
      "status": "reserved",
      "instance": "4b1f5a57-0000-4000-8000-00000000beef",
      "volume_id": "c0c4526b-7439-4668-a365-19b459918071"
    },
    {
      "id": "2c55ffe4-ef2e-4f7f-a044-ecafe48d4b1b",
      "status": "attached",
      "instance": "4b1f5a57-0000-4000-8000-00000000beef",
      "volume_id": "c0c4526b-7439-4668-a365-19b459918071"
    }
  ]
};

/** 400 reply to a member's GET attachments?instance=x. */
export const filterRefused = {
  "badRequest": {
    "code": 400,
    "message": "Invalid filters instance are found in query options."
  }
};

/** 404 reply to GET attachments at microversion 3.26. */
export const list326 = {
  "itemNotFound": {
    "code": 404,
    "message": "The resource could not be found."
  }
};

/** 200 reply to DELETE attachments/{id}: the volume's other attachments. */
export const deleteOther = {
  "attachments": [
    {
      "id": "bf6284b7-6735-4ea0-9a90-8a114e85c3e8",
      "status": "reserved",
      "instance": "4b1f5a57-0000-4000-8000-00000000beef",
      "volume_id": "c0c4526b-7439-4668-a365-19b459918071"
    }
  ]
};
