/**
 * Replies recorded from the real Nova (Zed, microversion 2.93 unless the name says otherwise) in the
 * local cloud; trimmed of nothing but unused entries.
 */

/** 200 reply to the recorded `list` call. */
export const list = {
  "tenant_usages": [
    {
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "total_local_gb_usage": 0.006861696111111111,
      "total_vcpus_usage": 0.006861696111111111,
      "total_memory_mb_usage": 3.513188408888889,
      "total_hours": 0.006861696111111111,
      "start": "2026-11-27T14:10:48.000000",
      "stop": "2026-11-27T14:11:54.900702"
    }
  ]
};

/** 200 reply to the recorded `list_detailed_page1` call. */
export const listDetailedPage1 = {
  "tenant_usages": [
    {
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "server_usages": [
        {
          "hours": 0.0005555555555555556,
          "flavor": "m1.tiny",
          "instance_id": "0140c9e5-e776-4da9-94be-2d57e3d95790",
          "name": "rec-sg-server",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:10:56.000000",
          "ended_at": "2026-11-27T14:10:58.000000",
          "state": "terminated",
          "uptime": 2
        },
        {
          "hours": 0.0008333333333333334,
          "flavor": "m1.tiny",
          "instance_id": "0f0c3de4-fe91-4380-b761-0df228b7eada",
          "name": "osts-acc-server-mwz27cqx-1-n9y1",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:23.000000",
          "ended_at": "2026-11-27T14:11:26.000000",
          "state": "terminated",
          "uptime": 3
        },
        {
          "hours": 0.0005438102777777777,
          "flavor": "m1.tiny",
          "instance_id": "3325e125-2394-40ad-aa00-70a2668b7579",
          "name": "rec-usage-3",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:53.000000",
          "ended_at": null,
          "state": "active",
          "uptime": 1
        },
        {
          "hours": 0.0008215880555555556,
          "flavor": "m1.tiny",
          "instance_id": "49dbc107-b1ed-4d4a-bf8e-4f9a34e81368",
          "name": "rec-usage-2",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:52.000000",
          "ended_at": null,
          "state": "active",
          "uptime": 2
        },
        {
          "hours": 0.0002777777777777778,
          "flavor": "m1.tiny",
          "instance_id": "64528d8e-0ece-4a94-a2f1-05807dce7877",
          "name": "osts-acc-server-mwz27cqx-1-gbuf",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:26.000000",
          "ended_at": "2026-11-27T14:11:27.000000",
          "state": "terminated",
          "uptime": 1
        }
      ],
      "total_local_gb_usage": 0.003032065,
      "total_vcpus_usage": 0.003032065,
      "total_memory_mb_usage": 1.55241728,
      "total_hours": 0.003032065,
      "start": "2026-11-27T14:10:48.000000",
      "stop": "2026-11-27T14:11:54.957717"
    }
  ],
  "tenant_usages_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/os-simple-tenant-usage?detailed=1&limit=5&start=2026-11-27T14%3A10%3A48&marker=64528d8e-0ece-4a94-a2f1-05807dce7877"
    }
  ]
};

/** 200 reply to the recorded `list_detailed_page2` call. */
export const listDetailedPage2 = {
  "tenant_usages": [
    {
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "server_usages": [
        {
          "hours": 0.0008333333333333334,
          "flavor": "m1.tiny",
          "instance_id": "891007f2-464c-475b-8057-0551c951521b",
          "name": "osts-acc-server-mwz27cqx-1-h4bi",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:15.000000",
          "ended_at": "2026-11-27T14:11:18.000000",
          "state": "terminated",
          "uptime": 3
        },
        {
          "hours": 0.0011108283333333333,
          "flavor": "m1.tiny",
          "instance_id": "939ca839-be46-40d7-8427-1806840b5921",
          "name": "rec-usage-1",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:51.000000",
          "ended_at": null,
          "state": "active",
          "uptime": 4
        },
        {
          "hours": 0.0005555555555555556,
          "flavor": "m1.tiny",
          "instance_id": "a367ebca-9ab1-4ec3-a617-bfde80a0bd8e",
          "name": "osts-acc-server-mwz27cqx-1-y67b",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:19.000000",
          "ended_at": "2026-11-27T14:11:21.000000",
          "state": "terminated",
          "uptime": 2
        },
        {
          "hours": 0.0008333333333333334,
          "flavor": "m1.tiny",
          "instance_id": "a4a2a216-746d-4a6c-af77-3a5f28c064cb",
          "name": "osts-acc-server-mwz27cqx-1-q71m",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:07.000000",
          "ended_at": "2026-11-27T14:11:10.000000",
          "state": "terminated",
          "uptime": 3
        },
        {
          "hours": 0.0005555555555555556,
          "flavor": "m1.tiny",
          "instance_id": "ddbab867-5272-4c14-bfbb-9d54a6f6f56e",
          "name": "osts-acc-server-mwz27cqx-1-c8ri",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:07.000000",
          "ended_at": "2026-11-27T14:11:09.000000",
          "state": "terminated",
          "uptime": 2
        }
      ],
      "total_local_gb_usage": 0.0038886061111111114,
      "total_vcpus_usage": 0.0038886061111111114,
      "total_memory_mb_usage": 1.990966328888889,
      "total_hours": 0.0038886061111111114,
      "start": "2026-11-27T14:10:48.000000",
      "stop": "2026-11-27T14:11:54.998982"
    }
  ],
  "tenant_usages_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/os-simple-tenant-usage?detailed=1&limit=5&marker=ddbab867-5272-4c14-bfbb-9d54a6f6f56e&start=2026-11-27T14%3A10%3A48"
    }
  ]
};

/** 200 reply to the recorded `list_detailed_page3` call. */
export const listDetailedPage3 = {
  "tenant_usages": []
};

/** 200 reply to the recorded `list_2_39` call. */
export const list239 = {
  "tenant_usages": [
    {
      "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
      "server_usages": [
        {
          "hours": 0.0005555555555555556,
          "flavor": "m1.tiny",
          "instance_id": "0140c9e5-e776-4da9-94be-2d57e3d95790",
          "name": "rec-sg-server",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:10:56.000000",
          "ended_at": "2026-11-27T14:10:58.000000",
          "state": "terminated",
          "uptime": 2
        },
        {
          "hours": 0.0008333333333333334,
          "flavor": "m1.tiny",
          "instance_id": "0f0c3de4-fe91-4380-b761-0df228b7eada",
          "name": "osts-acc-server-mwz27cqx-1-n9y1",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:23.000000",
          "ended_at": "2026-11-27T14:11:26.000000",
          "state": "terminated",
          "uptime": 3
        },
        {
          "hours": 0.0006105947222222222,
          "flavor": "m1.tiny",
          "instance_id": "3325e125-2394-40ad-aa00-70a2668b7579",
          "name": "rec-usage-3",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:53.000000",
          "ended_at": null,
          "state": "active",
          "uptime": 2
        },
        {
          "hours": 0.0008883725000000001,
          "flavor": "m1.tiny",
          "instance_id": "49dbc107-b1ed-4d4a-bf8e-4f9a34e81368",
          "name": "rec-usage-2",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:52.000000",
          "ended_at": null,
          "state": "active",
          "uptime": 3
        },
        {
          "hours": 0.0002777777777777778,
          "flavor": "m1.tiny",
          "instance_id": "64528d8e-0ece-4a94-a2f1-05807dce7877",
          "name": "osts-acc-server-mwz27cqx-1-gbuf",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:26.000000",
          "ended_at": "2026-11-27T14:11:27.000000",
          "state": "terminated",
          "uptime": 1
        },
        {
          "hours": 0.0008333333333333334,
          "flavor": "m1.tiny",
          "instance_id": "891007f2-464c-475b-8057-0551c951521b",
          "name": "osts-acc-server-mwz27cqx-1-h4bi",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:15.000000",
          "ended_at": "2026-11-27T14:11:18.000000",
          "state": "terminated",
          "uptime": 3
        },
        {
          "hours": 0.0011661502777777777,
          "flavor": "m1.tiny",
          "instance_id": "939ca839-be46-40d7-8427-1806840b5921",
          "name": "rec-usage-1",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:51.000000",
          "ended_at": null,
          "state": "active",
          "uptime": 4
        },
        {
          "hours": 0.0005555555555555556,
          "flavor": "m1.tiny",
          "instance_id": "a367ebca-9ab1-4ec3-a617-bfde80a0bd8e",
          "name": "osts-acc-server-mwz27cqx-1-y67b",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:19.000000",
          "ended_at": "2026-11-27T14:11:21.000000",
          "state": "terminated",
          "uptime": 2
        },
        {
          "hours": 0.0008333333333333334,
          "flavor": "m1.tiny",
          "instance_id": "a4a2a216-746d-4a6c-af77-3a5f28c064cb",
          "name": "osts-acc-server-mwz27cqx-1-q71m",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:07.000000",
          "ended_at": "2026-11-27T14:11:10.000000",
          "state": "terminated",
          "uptime": 3
        },
        {
          "hours": 0.0005555555555555556,
          "flavor": "m1.tiny",
          "instance_id": "ddbab867-5272-4c14-bfbb-9d54a6f6f56e",
          "name": "osts-acc-server-mwz27cqx-1-c8ri",
          "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
          "memory_mb": 512,
          "local_gb": 1,
          "vcpus": 1,
          "started_at": "2026-11-27T14:11:07.000000",
          "ended_at": "2026-11-27T14:11:09.000000",
          "state": "terminated",
          "uptime": 2
        }
      ],
      "total_local_gb_usage": 0.007109561944444445,
      "total_vcpus_usage": 0.007109561944444445,
      "total_memory_mb_usage": 3.6400957155555558,
      "total_hours": 0.007109561944444445,
      "start": "2026-11-27T14:10:48.000000",
      "stop": "2026-11-27T14:11:55.198141"
    }
  ]
};

/** 403 reply to the recorded `list_member` call. */
export const listMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow os_compute_api:os-simple-tenant-usage:list to be performed."
  }
};

/** 200 reply to the recorded `get_page1` call. */
export const getPage1 = {
  "tenant_usage": {
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "server_usages": [
      {
        "hours": 0.0005555555555555556,
        "flavor": "m1.tiny",
        "instance_id": "0140c9e5-e776-4da9-94be-2d57e3d95790",
        "name": "rec-sg-server",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "memory_mb": 512,
        "local_gb": 1,
        "vcpus": 1,
        "started_at": "2026-11-27T14:10:56.000000",
        "ended_at": "2026-11-27T14:10:58.000000",
        "state": "terminated",
        "uptime": 2
      },
      {
        "hours": 0.0008333333333333334,
        "flavor": "m1.tiny",
        "instance_id": "0f0c3de4-fe91-4380-b761-0df228b7eada",
        "name": "osts-acc-server-mwz27cqx-1-n9y1",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "memory_mb": 512,
        "local_gb": 1,
        "vcpus": 1,
        "started_at": "2026-11-27T14:11:23.000000",
        "ended_at": "2026-11-27T14:11:26.000000",
        "state": "terminated",
        "uptime": 3
      },
      {
        "hours": 0.0002972975,
        "flavor": "m1.tiny",
        "instance_id": "3325e125-2394-40ad-aa00-70a2668b7579",
        "name": "rec-usage-3",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "memory_mb": 512,
        "local_gb": 1,
        "vcpus": 1,
        "started_at": "2026-11-27T14:11:53.000000",
        "ended_at": null,
        "state": "active",
        "uptime": 1
      },
      {
        "hours": 0.0005750752777777778,
        "flavor": "m1.tiny",
        "instance_id": "49dbc107-b1ed-4d4a-bf8e-4f9a34e81368",
        "name": "rec-usage-2",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "memory_mb": 512,
        "local_gb": 1,
        "vcpus": 1,
        "started_at": "2026-11-27T14:11:52.000000",
        "ended_at": null,
        "state": "active",
        "uptime": 2
      },
      {
        "hours": 0.0002777777777777778,
        "flavor": "m1.tiny",
        "instance_id": "64528d8e-0ece-4a94-a2f1-05807dce7877",
        "name": "osts-acc-server-mwz27cqx-1-gbuf",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "memory_mb": 512,
        "local_gb": 1,
        "vcpus": 1,
        "started_at": "2026-11-27T14:11:26.000000",
        "ended_at": "2026-11-27T14:11:27.000000",
        "state": "terminated",
        "uptime": 1
      }
    ],
    "total_local_gb_usage": 0.0025390394444444447,
    "total_vcpus_usage": 0.0025390394444444447,
    "total_memory_mb_usage": 1.2999881955555557,
    "total_hours": 0.0025390394444444447,
    "start": "2026-11-27T14:10:48.000000",
    "stop": "2026-11-27T14:11:54.070271"
  },
  "tenant_usage_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/56a1734a387a4a25a56ee940578c82dd/os-simple-tenant-usage/56a1734a387a4a25a56ee940578c82dd?limit=5&start=2026-11-27T14%3A10%3A48&marker=64528d8e-0ece-4a94-a2f1-05807dce7877"
    }
  ]
};

/** 200 reply to the recorded `get_page2` call. */
export const getPage2 = {
  "tenant_usage": {
    "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
    "server_usages": [
      {
        "hours": 0.0008333333333333334,
        "flavor": "m1.tiny",
        "instance_id": "891007f2-464c-475b-8057-0551c951521b",
        "name": "osts-acc-server-mwz27cqx-1-h4bi",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "memory_mb": 512,
        "local_gb": 1,
        "vcpus": 1,
        "started_at": "2026-11-27T14:11:15.000000",
        "ended_at": "2026-11-27T14:11:18.000000",
        "state": "terminated",
        "uptime": 3
      },
      {
        "hours": 0.0008683886111111111,
        "flavor": "m1.tiny",
        "instance_id": "939ca839-be46-40d7-8427-1806840b5921",
        "name": "rec-usage-1",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "memory_mb": 512,
        "local_gb": 1,
        "vcpus": 1,
        "started_at": "2026-11-27T14:11:51.000000",
        "ended_at": null,
        "state": "active",
        "uptime": 3
      },
      {
        "hours": 0.0005555555555555556,
        "flavor": "m1.tiny",
        "instance_id": "a367ebca-9ab1-4ec3-a617-bfde80a0bd8e",
        "name": "osts-acc-server-mwz27cqx-1-y67b",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "memory_mb": 512,
        "local_gb": 1,
        "vcpus": 1,
        "started_at": "2026-11-27T14:11:19.000000",
        "ended_at": "2026-11-27T14:11:21.000000",
        "state": "terminated",
        "uptime": 2
      },
      {
        "hours": 0.0008333333333333334,
        "flavor": "m1.tiny",
        "instance_id": "a4a2a216-746d-4a6c-af77-3a5f28c064cb",
        "name": "osts-acc-server-mwz27cqx-1-q71m",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "memory_mb": 512,
        "local_gb": 1,
        "vcpus": 1,
        "started_at": "2026-11-27T14:11:07.000000",
        "ended_at": "2026-11-27T14:11:10.000000",
        "state": "terminated",
        "uptime": 3
      },
      {
        "hours": 0.0005555555555555556,
        "flavor": "m1.tiny",
        "instance_id": "ddbab867-5272-4c14-bfbb-9d54a6f6f56e",
        "name": "osts-acc-server-mwz27cqx-1-c8ri",
        "tenant_id": "56a1734a387a4a25a56ee940578c82dd",
        "memory_mb": 512,
        "local_gb": 1,
        "vcpus": 1,
        "started_at": "2026-11-27T14:11:07.000000",
        "ended_at": "2026-11-27T14:11:09.000000",
        "state": "terminated",
        "uptime": 2
      }
    ],
    "total_local_gb_usage": 0.003646166388888889,
    "total_vcpus_usage": 0.003646166388888889,
    "total_memory_mb_usage": 1.8668371911111112,
    "total_hours": 0.003646166388888889,
    "start": "2026-11-27T14:10:48.000000",
    "stop": "2026-11-27T14:11:54.126199"
  },
  "tenant_usage_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/56a1734a387a4a25a56ee940578c82dd/os-simple-tenant-usage/56a1734a387a4a25a56ee940578c82dd?limit=5&marker=ddbab867-5272-4c14-bfbb-9d54a6f6f56e&start=2026-11-27T14%3A10%3A48"
    }
  ]
};

/** 200 reply to the recorded `get_page3` call. */
export const getPage3 = {
  "tenant_usage": {}
};

/** 200 reply to the recorded `get_empty` call. */
export const getEmpty = {
  "tenant_usage": {}
};

/** 400 reply to the recorded `get_bad_window` call. */
export const getBadWindow = {
  "badRequest": {
    "code": 400,
    "message": "Invalid start time. The start time cannot occur after the end time."
  }
};

/** 400 reply to the recorded `get_zulu` call. */
export const getZulu = {
  "badRequest": {
    "code": 400,
    "message": "Invalid datetime string: Datetime is in invalid format"
  }
};
