/**
 * Replies recorded from the real Nova (Zed) in the local cloud, as admin; each comment names the call.
 */

/** 200 reply to `GET os-services (microversion 2.93, as admin)`. */
export const list = {
  "services": [
    {
      "binary": "nova-scheduler",
      "host": "host-ovs-filter-active",
      "id": "1046b951-21fc-4931-9f42-943a83e740f3",
      "zone": "internal",
      "status": "enabled",
      "state": "up",
      "updated_at": "2026-11-27T14:06:17.000000",
      "disabled_reason": null,
      "forced_down": false
    },
    {
      "binary": "nova-conductor",
      "host": "host-ovs-filter-active",
      "id": "dc30d0d0-4c4a-4172-87fb-cfb42d5b6e3e",
      "zone": "internal",
      "status": "enabled",
      "state": "up",
      "updated_at": "2026-11-27T14:06:17.000000",
      "disabled_reason": null,
      "forced_down": false
    },
    {
      "binary": "nova-compute",
      "host": "host-ovs-filter-active",
      "id": "b95d23e9-c267-4647-90fb-904575fea18f",
      "zone": "nova",
      "status": "enabled",
      "state": "up",
      "updated_at": "2026-11-27T14:06:19.000000",
      "disabled_reason": null,
      "forced_down": false
    }
  ]
};

/** 200 reply to `GET os-services?binary=nova-compute&host=host-ovs-filter-active (microversion 2.93, as admin)`. */
export const listFiltered = {
  "services": [
    {
      "binary": "nova-compute",
      "host": "host-ovs-filter-active",
      "id": "b95d23e9-c267-4647-90fb-904575fea18f",
      "zone": "nova",
      "status": "enabled",
      "state": "up",
      "updated_at": "2026-11-27T14:06:19.000000",
      "disabled_reason": null,
      "forced_down": false
    }
  ]
};

/** 200 reply to `GET os-services?binary=nova-compute (microversion 2.52, as admin)`. */
export const list252 = {
  "services": [
    {
      "binary": "nova-compute",
      "host": "host-ovs-filter-active",
      "id": 4,
      "zone": "nova",
      "status": "enabled",
      "state": "up",
      "updated_at": "2026-11-27T14:06:19.000000",
      "disabled_reason": null,
      "forced_down": false
    }
  ]
};

/** 200 reply to `GET os-services?binary=nova-compute (microversion 2.1, as admin)`. */
export const list21 = {
  "services": [
    {
      "binary": "nova-compute",
      "host": "host-ovs-filter-active",
      "id": 4,
      "zone": "nova",
      "status": "enabled",
      "state": "up",
      "updated_at": "2026-11-27T14:06:19.000000",
      "disabled_reason": null
    }
  ]
};

/** 200 reply to `PUT os-services/b95d23e9-c267-4647-90fb-904575fea18f (microversion 2.93, as admin)`. */
export const disable = {
  "service": {
    "binary": "nova-compute",
    "host": "host-ovs-filter-active",
    "id": "b95d23e9-c267-4647-90fb-904575fea18f",
    "zone": "nova",
    "status": "disabled",
    "state": "up",
    "updated_at": "2026-11-27T14:06:27.169910",
    "disabled_reason": "rec-maintenance",
    "forced_down": false
  }
};

/** 200 reply to `PUT os-services/b95d23e9-c267-4647-90fb-904575fea18f (microversion 2.93, as admin)`. */
export const enable = {
  "service": {
    "binary": "nova-compute",
    "host": "host-ovs-filter-active",
    "id": "b95d23e9-c267-4647-90fb-904575fea18f",
    "zone": "nova",
    "status": "enabled",
    "state": "up",
    "updated_at": "2026-11-27T14:06:27.319062",
    "disabled_reason": null,
    "forced_down": false
  }
};

/** 200 reply to `PUT os-services/b95d23e9-c267-4647-90fb-904575fea18f (microversion 2.93, as admin)`. */
export const forceDown = {
  "service": {
    "binary": "nova-compute",
    "host": "host-ovs-filter-active",
    "id": "b95d23e9-c267-4647-90fb-904575fea18f",
    "zone": "nova",
    "status": "enabled",
    "state": "down",
    "updated_at": "2026-11-27T14:06:27.464843",
    "disabled_reason": null,
    "forced_down": true
  }
};

/** 200 reply to `PUT os-services/b95d23e9-c267-4647-90fb-904575fea18f (microversion 2.93, as admin)`. */
export const forceUp = {
  "service": {
    "binary": "nova-compute",
    "host": "host-ovs-filter-active",
    "id": "b95d23e9-c267-4647-90fb-904575fea18f",
    "zone": "nova",
    "status": "enabled",
    "state": "up",
    "updated_at": "2026-11-27T14:06:27.557610",
    "disabled_reason": null,
    "forced_down": false
  }
};

/** 400 reply to `PUT os-services/1046b951-21fc-4931-9f42-943a83e740f3 (microversion 2.93, as admin)`. */
export const updateScheduler = {
  "badRequest": {
    "code": 400,
    "message": "Updating a nova-scheduler service is not supported. Only nova-compute services can be updated."
  }
};

/** 200 reply to `PUT os-services/disable (microversion 2.52, as admin)`. */
export const legacyDisable = {
  "service": {
    "host": "host-ovs-filter-active",
    "binary": "nova-compute",
    "status": "disabled"
  }
};

/** 200 reply to `PUT os-services/disable-log-reason (microversion 2.52, as admin)`. */
export const legacyDisableWithReason = {
  "service": {
    "host": "host-ovs-filter-active",
    "binary": "nova-compute",
    "status": "disabled",
    "disabled_reason": "rec-maintenance"
  }
};

/** 200 reply to `PUT os-services/enable (microversion 2.52, as admin)`. */
export const legacyEnable = {
  "service": {
    "host": "host-ovs-filter-active",
    "binary": "nova-compute",
    "status": "enabled"
  }
};

/** 200 reply to `PUT os-services/force-down (microversion 2.52, as admin)`. */
export const legacyForceDown = {
  "service": {
    "host": "host-ovs-filter-active",
    "binary": "nova-compute",
    "forced_down": true
  }
};

/** 200 reply to `PUT os-services/force-down (microversion 2.52, as admin)`. */
export const legacyForceUp = {
  "service": {
    "host": "host-ovs-filter-active",
    "binary": "nova-compute",
    "forced_down": false
  }
};

/** 404 reply to `DELETE os-services/00000000-0000-4000-8000-000000000000 (microversion 2.93, as admin)`. */
export const deleteMissing = {
  "itemNotFound": {
    "code": 404,
    "message": "Service 00000000-0000-4000-8000-000000000000 not found."
  }
};

/** 404 reply to `DELETE os-services/999999 (microversion 2.52, as admin)`. */
export const deleteMissing252 = {
  "itemNotFound": {
    "code": 404,
    "message": "Service 999999 not found."
  }
};
