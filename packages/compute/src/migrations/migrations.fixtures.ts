/**
 * Replies recorded from the real Nova (Zed, one compute host, fake virt driver) in the local cloud, as admin unless noted: a resize (confirmed), a cold migration and a live migration (both failing for want of another host) of one server.
 */

/** 200 reply to `GET os-migrations?instance_uuid=85f4c9f4-2cd1-4072-a72b-5a75198ef44e (microversion 2.93, as admin)`. */
export const list = {
  "migrations": [
    {
      "id": 3,
      "uuid": "2d804e8f-d360-4672-a579-dd34a9fe2d40",
      "source_compute": "host-ovs-filter-active",
      "dest_compute": null,
      "source_node": null,
      "dest_node": null,
      "dest_host": null,
      "old_instance_type_id": 2,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "error",
      "migration_type": "live-migration",
      "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "created_at": "2026-11-27T14:06:57.000000",
      "updated_at": "2026-11-27T14:06:57.000000"
    },
    {
      "id": 2,
      "uuid": "8fce50ee-062a-4e4b-8c7e-84dbc06ab47c",
      "source_compute": "host-ovs-filter-active",
      "dest_compute": null,
      "source_node": "host-ovs-filter-active",
      "dest_node": null,
      "dest_host": null,
      "old_instance_type_id": 2,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "error",
      "migration_type": "migration",
      "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "created_at": "2026-11-27T14:06:54.000000",
      "updated_at": "2026-11-27T14:06:55.000000"
    },
    {
      "id": 1,
      "uuid": "398814a8-2b51-40d2-91be-44cafbe952f0",
      "source_compute": "host-ovs-filter-active",
      "dest_compute": "host-ovs-filter-active",
      "source_node": "host-ovs-filter-active",
      "dest_node": "host-ovs-filter-active",
      "dest_host": "192.168.0.1",
      "old_instance_type_id": 1,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "confirmed",
      "migration_type": "resize",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "created_at": "2026-11-27T14:06:44.000000",
      "updated_at": "2026-11-27T14:06:53.000000"
    }
  ]
};

/** 200 reply to `GET os-migrations?instance_uuid=85f4c9f4-2cd1-4072-a72b-5a75198ef44e&migration_type=resize&status=finished&host=host-ovs-filter-active&source_compute=host-ovs-filter-active (microversion 2.93, as admin)`. */
export const listFiltered = {
  "migrations": [
    {
      "id": 1,
      "uuid": "398814a8-2b51-40d2-91be-44cafbe952f0",
      "source_compute": "host-ovs-filter-active",
      "dest_compute": "host-ovs-filter-active",
      "source_node": "host-ovs-filter-active",
      "dest_node": "host-ovs-filter-active",
      "dest_host": "192.168.0.1",
      "old_instance_type_id": 1,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "finished",
      "migration_type": "resize",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "created_at": "2026-11-27T14:06:44.000000",
      "updated_at": "2026-11-27T14:06:47.000000"
    }
  ]
};

/** 200 reply to `GET os-migrations?instance_uuid=85f4c9f4-2cd1-4072-a72b-5a75198ef44e&limit=2 (microversion 2.93, as admin)`. */
export const listPage1 = {
  "migrations": [
    {
      "id": 3,
      "uuid": "2d804e8f-d360-4672-a579-dd34a9fe2d40",
      "source_compute": "host-ovs-filter-active",
      "dest_compute": null,
      "source_node": null,
      "dest_node": null,
      "dest_host": null,
      "old_instance_type_id": 2,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "error",
      "migration_type": "live-migration",
      "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "created_at": "2026-11-27T14:06:57.000000",
      "updated_at": "2026-11-27T14:06:57.000000"
    },
    {
      "id": 2,
      "uuid": "8fce50ee-062a-4e4b-8c7e-84dbc06ab47c",
      "source_compute": "host-ovs-filter-active",
      "dest_compute": null,
      "source_node": "host-ovs-filter-active",
      "dest_node": null,
      "dest_host": null,
      "old_instance_type_id": 2,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "error",
      "migration_type": "migration",
      "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "created_at": "2026-11-27T14:06:54.000000",
      "updated_at": "2026-11-27T14:06:55.000000"
    }
  ],
  "migrations_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/os-migrations?instance_uuid=85f4c9f4-2cd1-4072-a72b-5a75198ef44e&limit=2&marker=8fce50ee-062a-4e4b-8c7e-84dbc06ab47c"
    }
  ]
};

/** 200 reply to `GET os-migrations?instance_uuid=85f4c9f4-2cd1-4072-a72b-5a75198ef44e&limit=2&marker=8fce50ee-062a-4e4b-8c7e-84dbc06ab47c (microversion 2.93, as admin)`. */
export const listPage2 = {
  "migrations": [
    {
      "id": 1,
      "uuid": "398814a8-2b51-40d2-91be-44cafbe952f0",
      "source_compute": "host-ovs-filter-active",
      "dest_compute": "host-ovs-filter-active",
      "source_node": "host-ovs-filter-active",
      "dest_node": "host-ovs-filter-active",
      "dest_host": "192.168.0.1",
      "old_instance_type_id": 1,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "confirmed",
      "migration_type": "resize",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "created_at": "2026-11-27T14:06:44.000000",
      "updated_at": "2026-11-27T14:06:53.000000"
    }
  ]
};

/** 200 reply to `GET os-migrations?instance_uuid=85f4c9f4-2cd1-4072-a72b-5a75198ef44e&changes-since=2026-11-27T14:06:50Z&changes-before=2026-11-27T14:06:56Z (microversion 2.93, as admin)`. */
export const listChanges = {
  "migrations": [
    {
      "id": 2,
      "uuid": "8fce50ee-062a-4e4b-8c7e-84dbc06ab47c",
      "source_compute": "host-ovs-filter-active",
      "dest_compute": null,
      "source_node": "host-ovs-filter-active",
      "dest_node": null,
      "dest_host": null,
      "old_instance_type_id": 2,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "error",
      "migration_type": "migration",
      "user_id": "21f13c8a76874d4fb3e0a6bfdcdf05af",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "created_at": "2026-11-27T14:06:54.000000",
      "updated_at": "2026-11-27T14:06:55.000000"
    },
    {
      "id": 1,
      "uuid": "398814a8-2b51-40d2-91be-44cafbe952f0",
      "source_compute": "host-ovs-filter-active",
      "dest_compute": "host-ovs-filter-active",
      "source_node": "host-ovs-filter-active",
      "dest_node": "host-ovs-filter-active",
      "dest_host": "192.168.0.1",
      "old_instance_type_id": 1,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "confirmed",
      "migration_type": "resize",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "created_at": "2026-11-27T14:06:44.000000",
      "updated_at": "2026-11-27T14:06:53.000000"
    }
  ]
};

/** 200 reply to `GET os-migrations?user_id=5ce87aa153d147269f85b1f397a18dd1&project_id=56a1734a387a4a25a56ee940578c82dd&instance_uuid=85f4c9f4-2cd1-4072-a72b-5a75198ef44e (microversion 2.93, as admin)`. */
export const listByUser = {
  "migrations": [
    {
      "id": 1,
      "uuid": "398814a8-2b51-40d2-91be-44cafbe952f0",
      "source_compute": "host-ovs-filter-active",
      "dest_compute": "host-ovs-filter-active",
      "source_node": "host-ovs-filter-active",
      "dest_node": "host-ovs-filter-active",
      "dest_host": "192.168.0.1",
      "old_instance_type_id": 1,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "confirmed",
      "migration_type": "resize",
      "user_id": "5ce87aa153d147269f85b1f397a18dd1",
      "project_id": "56a1734a387a4a25a56ee940578c82dd",
      "created_at": "2026-11-27T14:06:44.000000",
      "updated_at": "2026-11-27T14:06:53.000000"
    }
  ]
};

/** 400 reply to `GET os-migrations?changes-since=2026-11-27T14:06:56Z&changes-before=2026-11-27T14:06:50Z (microversion 2.93, as admin)`. */
export const listChangesReversed = {
  "badRequest": {
    "code": 400,
    "message": "The value of changes-since must be less than or equal to changes-before."
  }
};

/** 200 reply to `GET os-migrations?instance_uuid=85f4c9f4-2cd1-4072-a72b-5a75198ef44e (microversion 2.1, as admin)`. */
export const list21 = {
  "migrations": [
    {
      "id": 1,
      "source_compute": "host-ovs-filter-active",
      "dest_compute": "host-ovs-filter-active",
      "source_node": "host-ovs-filter-active",
      "dest_node": "host-ovs-filter-active",
      "dest_host": "192.168.0.1",
      "old_instance_type_id": 1,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "finished",
      "created_at": "2026-11-27T14:06:44.000000",
      "updated_at": "2026-11-27T14:06:47.000000"
    }
  ]
};

/** 200 reply to `GET os-migrations?instance_uuid=85f4c9f4-2cd1-4072-a72b-5a75198ef44e (microversion 2.23, as admin)`. */
export const list223 = {
  "migrations": [
    {
      "id": 1,
      "source_compute": "host-ovs-filter-active",
      "dest_compute": "host-ovs-filter-active",
      "source_node": "host-ovs-filter-active",
      "dest_node": "host-ovs-filter-active",
      "dest_host": "192.168.0.1",
      "old_instance_type_id": 1,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "finished",
      "migration_type": "resize",
      "created_at": "2026-11-27T14:06:44.000000",
      "updated_at": "2026-11-27T14:06:47.000000"
    }
  ]
};

/** 200 reply to `GET os-migrations?instance_uuid=85f4c9f4-2cd1-4072-a72b-5a75198ef44e (microversion 2.59, as admin)`. */
export const list259 = {
  "migrations": [
    {
      "id": 1,
      "uuid": "398814a8-2b51-40d2-91be-44cafbe952f0",
      "source_compute": "host-ovs-filter-active",
      "dest_compute": "host-ovs-filter-active",
      "source_node": "host-ovs-filter-active",
      "dest_node": "host-ovs-filter-active",
      "dest_host": "192.168.0.1",
      "old_instance_type_id": 1,
      "new_instance_type_id": 2,
      "instance_uuid": "85f4c9f4-2cd1-4072-a72b-5a75198ef44e",
      "status": "finished",
      "migration_type": "resize",
      "created_at": "2026-11-27T14:06:44.000000",
      "updated_at": "2026-11-27T14:06:47.000000"
    }
  ]
};

/** 200 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/migrations (microversion 2.93, as admin)`. */
export const serverMigrations = {
  "migrations": []
};

/** 403 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/migrations (microversion 2.93, as demo)`. */
export const serverMigrationsAsMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow os_compute_api:servers:migrations:index to be performed."
  }
};

/** 404 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/migrations/3 (microversion 2.93, as admin)`. */
export const notInProgress = {
  "itemNotFound": {
    "code": 404,
    "message": "Live migration 3 for server 85f4c9f4-2cd1-4072-a72b-5a75198ef44e is not in progress."
  }
};

/** 404 reply to `GET servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/migrations/1 (microversion 2.93, as admin)`. */
export const notLiveMigration = {
  "itemNotFound": {
    "code": 404,
    "message": "Migration 1 for server 85f4c9f4-2cd1-4072-a72b-5a75198ef44e is not live-migration."
  }
};

/** 409 reply to `POST servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/migrations/3/action (microversion 2.93, as admin)`. */
export const forceCompleteConflict = {
  "conflictingRequest": {
    "code": 409,
    "message": "Instance 85f4c9f4-2cd1-4072-a72b-5a75198ef44e is in an invalid state for 'force_complete'"
  }
};

/** 409 reply to `DELETE servers/85f4c9f4-2cd1-4072-a72b-5a75198ef44e/migrations/3 (microversion 2.93, as admin)`. */
export const abortConflict = {
  "conflictingRequest": {
    "code": 409,
    "message": "Instance 85f4c9f4-2cd1-4072-a72b-5a75198ef44e is in an invalid state for 'abort live migration'"
  }
};
