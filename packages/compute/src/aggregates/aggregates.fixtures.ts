/**
 * Replies recorded from the real Nova (Zed) in the local cloud, as admin; each comment names the call.
 */

/** 200 reply to `POST os-aggregates (microversion 2.93, as admin)`. */
export const create = {
  "aggregate": {
    "id": 1,
    "uuid": "fb87d389-0324-40ce-b35a-aa0272247596",
    "name": "rec-aggregate",
    "created_at": "2026-11-27T14:06:08.330476",
    "updated_at": null,
    "deleted_at": null,
    "deleted": false,
    "availability_zone": "rec-az"
  }
};

/** 200 reply to `POST os-aggregates (microversion 2.93, as admin)`. */
export const createWithoutZone = {
  "aggregate": {
    "id": 2,
    "uuid": "762e8648-68cb-4c5a-abc1-1c86b1e98109",
    "name": "rec-aggregate-noaz",
    "created_at": "2026-11-27T14:07:53.944595",
    "updated_at": null,
    "deleted_at": null,
    "deleted": false,
    "availability_zone": null
  }
};

/** 200 reply to `GET os-aggregates (microversion 2.93, as admin)`. */
export const list = {
  "aggregates": [
    {
      "id": 1,
      "uuid": "fb87d389-0324-40ce-b35a-aa0272247596",
      "name": "rec-aggregate",
      "hosts": [],
      "metadata": {
        "availability_zone": "rec-az"
      },
      "created_at": "2026-11-27T14:06:08.000000",
      "updated_at": null,
      "deleted_at": null,
      "deleted": false,
      "availability_zone": "rec-az"
    }
  ]
};

/** 200 reply to `GET os-aggregates/1 (microversion 2.93, as admin)`. */
export const get = {
  "aggregate": {
    "id": 1,
    "uuid": "fb87d389-0324-40ce-b35a-aa0272247596",
    "name": "rec-aggregate",
    "hosts": [],
    "metadata": {
      "availability_zone": "rec-az"
    },
    "created_at": "2026-11-27T14:06:08.000000",
    "updated_at": null,
    "deleted_at": null,
    "deleted": false,
    "availability_zone": "rec-az"
  }
};

/** 200 reply to `GET os-aggregates/1 (microversion 2.1, as admin)`. */
export const get21 = {
  "aggregate": {
    "id": 1,
    "name": "rec-aggregate-2",
    "hosts": [
      "host-ovs-filter-active"
    ],
    "metadata": {
      "availability_zone": "rec-az-2",
      "rec-key": "rec-value"
    },
    "created_at": "2026-11-27T14:06:08.000000",
    "updated_at": "2026-11-27T14:06:08.000000",
    "deleted_at": null,
    "deleted": false,
    "availability_zone": "rec-az-2"
  }
};

/** 200 reply to `PUT os-aggregates/1 (microversion 2.93, as admin)`. */
export const update = {
  "aggregate": {
    "id": 1,
    "uuid": "fb87d389-0324-40ce-b35a-aa0272247596",
    "name": "rec-aggregate-2",
    "hosts": [],
    "metadata": {
      "availability_zone": "rec-az-2"
    },
    "created_at": "2026-11-27T14:06:08.000000",
    "updated_at": "2026-11-27T14:06:08.540770",
    "deleted_at": null,
    "deleted": false,
    "availability_zone": "rec-az-2"
  }
};

/** 200 reply to `POST os-aggregates/1/action (microversion 2.93, as admin)`. */
export const addHost = {
  "aggregate": {
    "id": 1,
    "uuid": "fb87d389-0324-40ce-b35a-aa0272247596",
    "name": "rec-aggregate-2",
    "hosts": [
      "host-ovs-filter-active"
    ],
    "metadata": {
      "availability_zone": "rec-az-2"
    },
    "created_at": "2026-11-27T14:06:08.000000",
    "updated_at": "2026-11-27T14:06:08.000000",
    "deleted_at": null,
    "deleted": false,
    "availability_zone": "rec-az-2"
  }
};

/** 200 reply to `POST os-aggregates/1/action (microversion 2.93, as admin)`. */
export const setMetadata = {
  "aggregate": {
    "id": 1,
    "uuid": "fb87d389-0324-40ce-b35a-aa0272247596",
    "name": "rec-aggregate-2",
    "hosts": [
      "host-ovs-filter-active"
    ],
    "metadata": {
      "availability_zone": "rec-az-2",
      "rec-key": "rec-value",
      "other": "x"
    },
    "created_at": "2026-11-27T14:06:08.000000",
    "updated_at": "2026-11-27T14:06:08.708567",
    "deleted_at": null,
    "deleted": false,
    "availability_zone": "rec-az-2"
  }
};

/** 200 reply to `POST os-aggregates/1/action (microversion 2.93, as admin)`. */
export const unsetMetadata = {
  "aggregate": {
    "id": 1,
    "uuid": "fb87d389-0324-40ce-b35a-aa0272247596",
    "name": "rec-aggregate-2",
    "hosts": [
      "host-ovs-filter-active"
    ],
    "metadata": {
      "availability_zone": "rec-az-2",
      "rec-key": "rec-value"
    },
    "created_at": "2026-11-27T14:06:08.000000",
    "updated_at": "2026-11-27T14:06:08.736908",
    "deleted_at": null,
    "deleted": false,
    "availability_zone": "rec-az-2"
  }
};

/** 200 reply to `POST os-aggregates/1/action (microversion 2.93, as admin)`. */
export const removeHost = {
  "aggregate": {
    "id": 1,
    "uuid": "fb87d389-0324-40ce-b35a-aa0272247596",
    "name": "rec-aggregate-2",
    "hosts": [],
    "metadata": {
      "availability_zone": "rec-az-2",
      "rec-key": "rec-value"
    },
    "created_at": "2026-11-27T14:06:08.000000",
    "updated_at": "2026-11-27T14:06:08.000000",
    "deleted_at": null,
    "deleted": false,
    "availability_zone": "rec-az-2"
  }
};

/** 404 reply to `POST os-aggregates/1/action (microversion 2.93, as admin)`. */
export const removeMissingHost = {
  "itemNotFound": {
    "code": 404,
    "message": "Cannot remove host host-ovs-filter-active in aggregate 1"
  }
};

/** 404 reply to `GET os-aggregates/1 (microversion 2.93, as admin)`. */
export const notFound = {
  "itemNotFound": {
    "code": 404,
    "message": "Aggregate 1 could not be found."
  }
};
