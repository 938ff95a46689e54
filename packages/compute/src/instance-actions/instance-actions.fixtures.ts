/**
 * Replies recorded from the real Nova (Zed, one compute host, fake virt driver) in the local cloud for one server that was created and resized by the member (demo), then cold- and live-migrated (both failing) by admin.
 */

/** 200 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions (microversion 2.93, as demo)`. */
export const list = {
  "instanceActions": [
    {
      "action": "live-migration",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-8fb707f3-25f4-4057-9a79-9b7c7e856efd",
      "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "start_time": "2026-11-27T14:06:57.000000",
      "message": "Error",
      "updated_at": "2026-11-27T14:06:57.000000"
    },
    {
      "action": "migrate",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c",
      "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "start_time": "2026-11-27T14:06:54.000000",
      "message": "Error",
      "updated_at": "2026-11-27T14:06:55.000000"
    },
    {
      "action": "confirmResize",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-ed5d2a9d-fa14-4da3-9eb2-2ecf2959fa62",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "start_time": "2026-11-27T14:06:51.000000",
      "message": null,
      "updated_at": "2026-11-27T14:06:53.000000"
    },
    {
      "action": "resize",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-1b37ec62-35c1-4ebf-8a53-77da688b8e46",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "start_time": "2026-11-27T14:06:40.000000",
      "message": null,
      "updated_at": "2026-11-27T14:06:47.000000"
    },
    {
      "action": "create",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-65ffff59-ab69-4524-9901-eb244343b34d",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "start_time": "2026-11-27T14:06:33.000000",
      "message": null,
      "updated_at": "2026-11-27T14:06:35.000000"
    }
  ]
};

/** 200 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions?limit=2 (microversion 2.93, as demo)`. */
export const listPage1 = {
  "instanceActions": [
    {
      "action": "live-migration",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-8fb707f3-25f4-4057-9a79-9b7c7e856efd",
      "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "start_time": "2026-11-27T14:06:57.000000",
      "message": "Error",
      "updated_at": "2026-11-27T14:06:57.000000"
    },
    {
      "action": "migrate",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c",
      "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "start_time": "2026-11-27T14:06:54.000000",
      "message": "Error",
      "updated_at": "2026-11-27T14:06:55.000000"
    }
  ],
  "links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions?limit=2&marker=req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c"
    }
  ]
};

/** 200 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions?limit=2&marker=req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c (microversion 2.93, as demo)`. */
export const listPage2 = {
  "instanceActions": [
    {
      "action": "confirmResize",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-ed5d2a9d-fa14-4da3-9eb2-2ecf2959fa62",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "start_time": "2026-11-27T14:06:51.000000",
      "message": null,
      "updated_at": "2026-11-27T14:06:53.000000"
    },
    {
      "action": "resize",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-1b37ec62-35c1-4ebf-8a53-77da688b8e46",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "start_time": "2026-11-27T14:06:40.000000",
      "message": null,
      "updated_at": "2026-11-27T14:06:47.000000"
    }
  ],
  "links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions?limit=2&marker=req-1b37ec62-35c1-4ebf-8a53-77da688b8e46"
    }
  ]
};

/** 200 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions?limit=2&marker=req-1b37ec62-35c1-4ebf-8a53-77da688b8e46 (microversion 2.93, as demo)`. */
export const listPage3 = {
  "instanceActions": [
    {
      "action": "create",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-65ffff59-ab69-4524-9901-eb244343b34d",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "start_time": "2026-11-27T14:06:33.000000",
      "message": null,
      "updated_at": "2026-11-27T14:06:35.000000"
    }
  ]
};

/** 200 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions?changes-since=2026-11-27T14:06:50Z&changes-before=2026-11-27T14:06:54Z (microversion 2.93, as demo)`. */
export const listChanges = {
  "instanceActions": [
    {
      "action": "confirmResize",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-ed5d2a9d-fa14-4da3-9eb2-2ecf2959fa62",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "start_time": "2026-11-27T14:06:51.000000",
      "message": null,
      "updated_at": "2026-11-27T14:06:53.000000"
    }
  ]
};

/** 200 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions (microversion 2.1, as demo)`. */
export const list21 = {
  "instanceActions": [
    {
      "action": "live-migration",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-8fb707f3-25f4-4057-9a79-9b7c7e856efd",
      "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "start_time": "2026-11-27T14:06:57.000000",
      "message": "Error"
    },
    {
      "action": "migrate",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c",
      "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "start_time": "2026-11-27T14:06:54.000000",
      "message": "Error"
    },
    {
      "action": "confirmResize",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-ed5d2a9d-fa14-4da3-9eb2-2ecf2959fa62",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "start_time": "2026-11-27T14:06:51.000000",
      "message": null
    },
    {
      "action": "resize",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-1b37ec62-35c1-4ebf-8a53-77da688b8e46",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "start_time": "2026-11-27T14:06:40.000000",
      "message": null
    },
    {
      "action": "create",
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "request_id": "req-65ffff59-ab69-4524-9901-eb244343b34d",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "start_time": "2026-11-27T14:06:33.000000",
      "message": null
    }
  ]
};

/** 200 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions/req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c (microversion 2.93, as demo)`. */
export const getAsMember = {
  "instanceAction": {
    "action": "migrate",
    "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
    "request_id": "req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c",
    "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "start_time": "2026-11-27T14:06:54.000000",
    "message": "Error",
    "updated_at": "2026-11-27T14:06:55.000000",
    "events": [
      {
        "event": "cold_migrate",
        "start_time": "2026-11-27T14:06:54.000000",
        "finish_time": "2026-11-27T14:06:55.000000",
        "result": "Error",
        "hostId": "4143e4fb24c0d31c9e09eac35e2d2885d0279048d8b98c281ef9323c"
      },
      {
        "event": "conductor_migrate_server",
        "start_time": "2026-11-27T14:06:54.000000",
        "finish_time": "2026-11-27T14:06:55.000000",
        "result": "Error",
        "hostId": "4143e4fb24c0d31c9e09eac35e2d2885d0279048d8b98c281ef9323c"
      }
    ]
  }
};

/** 200 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions/req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c (microversion 2.93, as admin)`. */
export const getAsAdmin = {
  "instanceAction": {
    "action": "migrate",
    "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
    "request_id": "req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c",
    "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "start_time": "2026-11-27T14:06:54.000000",
    "message": "Error",
    "updated_at": "2026-11-27T14:06:55.000000",
    "events": [
      {
        "event": "cold_migrate",
        "start_time": "2026-11-27T14:06:54.000000",
        "finish_time": "2026-11-27T14:06:55.000000",
        "result": "Error",
        "traceback": "  File \"/usr/lib/python3/dist-packages/nova/conductor/manager.py\", line 331, in migrate_server\n    self._cold_migrate(context, instance, flavor,\n  File \"/usr/lib/python3/dist-packages/nova/conductor/manager.py\", line 400, in _cold_migrate\n    raise exception.NoValidHost(reason=msg)\n",
        "host": "host-ovs-filter-active",
        "hostId": "4143e4fb24c0d31c9e09eac35e2d2885d0279048d8b98c281ef9323c",
        "details": "No valid host was found. No valid host found for cold migrate"
      },
      {
        "event": "conductor_migrate_server",
        "start_time": "2026-11-27T14:06:54.000000",
        "finish_time": "2026-11-27T14:06:55.000000",
        "result": "Error",
        "traceback": "  File \"/usr/lib/python3/dist-packages/nova/compute/utils.py\", line 1439, in decorated_function\n    return function(self, context, *args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/usr/lib/python3/dist-packages/nova/conductor/manager.py\", line 331, in migrate_server\n    self._cold_migrate(context, instance, flavor,\n  File \"/usr/lib/python3/dist-packages/nova/conductor/manager.py\", line 400, in _cold_migrate\n    raise exception.NoValidHost(reason=msg)\n",
        "host": "host-ovs-filter-active",
        "hostId": "4143e4fb24c0d31c9e09eac35e2d2885d0279048d8b98c281ef9323c",
        "details": "No valid host was found. No valid host found for cold migrate"
      }
    ]
  }
};

/** 200 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions/req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c (microversion 2.50, as demo)`. */
export const getAsMember250 = {
  "instanceAction": {
    "action": "migrate",
    "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
    "request_id": "req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c",
    "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "start_time": "2026-11-27T14:06:54.000000",
    "message": "Error"
  }
};

/** 200 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions/req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c (microversion 2.50, as admin)`. */
export const getAsAdmin250 = {
  "instanceAction": {
    "action": "migrate",
    "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
    "request_id": "req-7118fa8c-c2f5-43d4-8050-f2e03dedbd0c",
    "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
    "project_id": "fce686c7d1ca46108d67d3c934f443fb",
    "start_time": "2026-11-27T14:06:54.000000",
    "message": "Error",
    "events": [
      {
        "event": "cold_migrate",
        "start_time": "2026-11-27T14:06:54.000000",
        "finish_time": "2026-11-27T14:06:55.000000",
        "result": "Error",
        "traceback": "  File \"/usr/lib/python3/dist-packages/nova/conductor/manager.py\", line 331, in migrate_server\n    self._cold_migrate(context, instance, flavor,\n  File \"/usr/lib/python3/dist-packages/nova/conductor/manager.py\", line 400, in _cold_migrate\n    raise exception.NoValidHost(reason=msg)\n"
      },
      {
        "event": "conductor_migrate_server",
        "start_time": "2026-11-27T14:06:54.000000",
        "finish_time": "2026-11-27T14:06:55.000000",
        "result": "Error",
        "traceback": "  File \"/usr/lib/python3/dist-packages/nova/compute/utils.py\", line 1439, in decorated_function\n    return function(self, context, *args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/usr/lib/python3/dist-packages/nova/conductor/manager.py\", line 331, in migrate_server\n    self._cold_migrate(context, instance, flavor,\n  File \"/usr/lib/python3/dist-packages/nova/conductor/manager.py\", line 400, in _cold_migrate\n    raise exception.NoValidHost(reason=msg)\n"
      }
    ]
  }
};

/** 200 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions/req-65ffff59-ab69-4524-9901-eb244343b34d (microversion 2.93, as demo)`. */
export const getCreateAsMember = {
  "instanceAction": {
    "action": "create",
    "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
    "request_id": "req-65ffff59-ab69-4524-9901-eb244343b34d",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "project_id": "56a1734a387a4a25a56ee940578c82dd",
    "start_time": "2026-11-27T14:06:33.000000",
    "message": null,
    "updated_at": "2026-11-27T14:06:35.000000",
    "events": [
      {
        "event": "compute__do_build_and_run_instance",
        "start_time": "2026-11-27T14:06:35.000000",
        "finish_time": "2026-11-27T14:06:35.000000",
        "result": "Success",
        "hostId": "66072281f6c069b761f29e68c485b354a4d0b0d7233a527bf7060679"
      }
    ]
  }
};

/** 404 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/os-instance-actions/req-00000000-0000-0000-0000-000000000000 (microversion 2.93, as demo)`. */
export const notFound = {
  "itemNotFound": {
    "code": 404,
    "message": "Action req-00000000-0000-0000-0000-000000000000 not found"
  }
};
