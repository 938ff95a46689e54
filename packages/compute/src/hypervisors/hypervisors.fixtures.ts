/**
 * Replies recorded from the real Nova (Zed, fake virt driver) in the local cloud, as admin; each comment names the call.
 */

/** 200 reply to `GET os-hypervisors (microversion 2.93, as admin)`. */
export const list = {
  "hypervisors": [
    {
      "id": "be72da63-6dd7-4098-ac48-6512b9713cac",
      "hypervisor_hostname": "host-ovs-filter-active",
      "state": "up",
      "status": "enabled"
    }
  ]
};

/** 200 reply to `GET os-hypervisors?limit=1 (microversion 2.93, as admin)`. */
export const listPage1 = {
  "hypervisors": [
    {
      "id": "be72da63-6dd7-4098-ac48-6512b9713cac",
      "hypervisor_hostname": "host-ovs-filter-active",
      "state": "up",
      "status": "enabled"
    }
  ],
  "hypervisors_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/os-hypervisors?limit=1&marker=be72da63-6dd7-4098-ac48-6512b9713cac"
    }
  ]
};

/** 200 reply to `GET os-hypervisors?limit=1&marker=be72da63-6dd7-4098-ac48-6512b9713cac (microversion 2.93, as admin)`. */
export const listPage2 = {
  "hypervisors": []
};

/** 200 reply to `GET os-hypervisors?hypervisor_hostname_pattern=host-ovs&with_servers=true (microversion 2.93, as admin)`. */
export const listByPattern = {
  "hypervisors": [
    {
      "id": "be72da63-6dd7-4098-ac48-6512b9713cac",
      "hypervisor_hostname": "host-ovs-filter-active",
      "state": "up",
      "status": "enabled",
      "servers": []
    }
  ]
};

/** 404 reply to `GET os-hypervisors?hypervisor_hostname_pattern=nomatch (microversion 2.93, as admin)`. */
export const patternNotFound = {
  "itemNotFound": {
    "code": 404,
    "message": "No hypervisor matching 'nomatch' could be found."
  }
};

/** 200 reply to `GET os-hypervisors/detail (microversion 2.93, as admin)`. */
export const detail = {
  "hypervisors": [
    {
      "id": "be72da63-6dd7-4098-ac48-6512b9713cac",
      "hypervisor_hostname": "host-ovs-filter-active",
      "state": "up",
      "status": "enabled",
      "hypervisor_type": "fake",
      "hypervisor_version": 1000,
      "host_ip": "127.0.0.1",
      "service": {
        "id": "b95d23e9-c267-4647-90fb-904575fea18f",
        "host": "host-ovs-filter-active",
        "disabled_reason": null
      },
      "uptime": null
    }
  ]
};

/** 200 reply to `GET os-hypervisors/detail?limit=1 (microversion 2.93, as admin)`. */
export const detailPage1 = {
  "hypervisors": [
    {
      "id": "be72da63-6dd7-4098-ac48-6512b9713cac",
      "hypervisor_hostname": "host-ovs-filter-active",
      "state": "up",
      "status": "enabled",
      "hypervisor_type": "fake",
      "hypervisor_version": 1000,
      "host_ip": "127.0.0.1",
      "service": {
        "id": "b95d23e9-c267-4647-90fb-904575fea18f",
        "host": "host-ovs-filter-active",
        "disabled_reason": null
      },
      "uptime": null
    }
  ],
  "hypervisors_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/os-hypervisors/detail?limit=1&marker=be72da63-6dd7-4098-ac48-6512b9713cac"
    }
  ]
};

/** 200 reply to `GET os-hypervisors/detail?limit=1&marker=be72da63-6dd7-4098-ac48-6512b9713cac (microversion 2.93, as admin)`. */
export const detailPage2 = {
  "hypervisors": []
};

/** 200 reply to `GET os-hypervisors/detail?with_servers=true (microversion 2.87, as admin)`. */
export const detail287 = {
  "hypervisors": [
    {
      "id": "be72da63-6dd7-4098-ac48-6512b9713cac",
      "hypervisor_hostname": "host-ovs-filter-active",
      "state": "up",
      "status": "enabled",
      "hypervisor_type": "fake",
      "hypervisor_version": 1000,
      "host_ip": "127.0.0.1",
      "service": {
        "id": "b95d23e9-c267-4647-90fb-904575fea18f",
        "host": "host-ovs-filter-active",
        "disabled_reason": null
      },
      "vcpus": 1000,
      "memory_mb": 800000,
      "local_gb": 600000,
      "vcpus_used": 0,
      "memory_mb_used": 512,
      "local_gb_used": 0,
      "free_ram_mb": 799488,
      "free_disk_gb": 600000,
      "current_workload": 0,
      "running_vms": 0,
      "disk_available_least": 0,
      "cpu_info": {
        "arch": "x86_64",
        "model": "Nehalem",
        "vendor": "Intel",
        "features": [
          "pge",
          "clflush"
        ],
        "topology": {
          "cores": 1,
          "threads": 1,
          "sockets": 4
        }
      },
      "servers": []
    }
  ]
};

/** 200 reply to `GET os-hypervisors/be72da63-6dd7-4098-ac48-6512b9713cac (microversion 2.93, as admin)`. */
export const get = {
  "hypervisor": {
    "id": "be72da63-6dd7-4098-ac48-6512b9713cac",
    "hypervisor_hostname": "host-ovs-filter-active",
    "state": "up",
    "status": "enabled",
    "hypervisor_type": "fake",
    "hypervisor_version": 1000,
    "host_ip": "127.0.0.1",
    "service": {
      "id": "b95d23e9-c267-4647-90fb-904575fea18f",
      "host": "host-ovs-filter-active",
      "disabled_reason": null
    },
    "uptime": null
  }
};

/** 200 reply to `GET os-hypervisors/be72da63-6dd7-4098-ac48-6512b9713cac?with_servers=true (microversion 2.93, as admin)`. */
export const getWithServers = {
  "hypervisor": {
    "id": "be72da63-6dd7-4098-ac48-6512b9713cac",
    "hypervisor_hostname": "host-ovs-filter-active",
    "state": "up",
    "status": "enabled",
    "hypervisor_type": "fake",
    "hypervisor_version": 1000,
    "host_ip": "127.0.0.1",
    "service": {
      "id": "b95d23e9-c267-4647-90fb-904575fea18f",
      "host": "host-ovs-filter-active",
      "disabled_reason": null
    },
    "uptime": null,
    "servers": []
  }
};

/** 200 reply to `GET os-hypervisors/be72da63-6dd7-4098-ac48-6512b9713cac (microversion 2.87, as admin)`. */
export const get287 = {
  "hypervisor": {
    "id": "be72da63-6dd7-4098-ac48-6512b9713cac",
    "hypervisor_hostname": "host-ovs-filter-active",
    "state": "up",
    "status": "enabled",
    "hypervisor_type": "fake",
    "hypervisor_version": 1000,
    "host_ip": "127.0.0.1",
    "service": {
      "id": "b95d23e9-c267-4647-90fb-904575fea18f",
      "host": "host-ovs-filter-active",
      "disabled_reason": null
    },
    "vcpus": 1000,
    "memory_mb": 800000,
    "local_gb": 600000,
    "vcpus_used": 0,
    "memory_mb_used": 512,
    "local_gb_used": 0,
    "free_ram_mb": 799488,
    "free_disk_gb": 600000,
    "current_workload": 0,
    "running_vms": 0,
    "disk_available_least": 0,
    "cpu_info": {
      "arch": "x86_64",
      "model": "Nehalem",
      "vendor": "Intel",
      "features": [
        "pge",
        "clflush"
      ],
      "topology": {
        "cores": 1,
        "threads": 1,
        "sockets": 4
      }
    }
  }
};

/** 200 reply to `GET os-hypervisors/1 (microversion 2.52, as admin)`. */
export const get252 = {
  "hypervisor": {
    "id": 1,
    "hypervisor_hostname": "host-ovs-filter-active",
    "state": "up",
    "status": "enabled",
    "hypervisor_type": "fake",
    "hypervisor_version": 1000,
    "host_ip": "127.0.0.1",
    "service": {
      "id": 4,
      "host": "host-ovs-filter-active",
      "disabled_reason": null
    },
    "vcpus": 1000,
    "memory_mb": 800000,
    "local_gb": 600000,
    "vcpus_used": 1,
    "memory_mb_used": 1024,
    "local_gb_used": 1,
    "free_ram_mb": 798976,
    "free_disk_gb": 599999,
    "current_workload": 0,
    "running_vms": 1,
    "disk_available_least": 0,
    "cpu_info": {
      "arch": "x86_64",
      "model": "Nehalem",
      "vendor": "Intel",
      "features": [
        "pge",
        "clflush"
      ],
      "topology": {
        "cores": 1,
        "threads": 1,
        "sockets": 4
      }
    }
  }
};

/** 200 reply to `GET os-hypervisors/1 (microversion 2.1, as admin)`. */
export const get21 = {
  "hypervisor": {
    "id": 1,
    "hypervisor_hostname": "host-ovs-filter-active",
    "state": "up",
    "status": "enabled",
    "hypervisor_type": "fake",
    "hypervisor_version": 1000,
    "host_ip": "127.0.0.1",
    "service": {
      "id": 4,
      "host": "host-ovs-filter-active",
      "disabled_reason": null
    },
    "vcpus": 1000,
    "memory_mb": 800000,
    "local_gb": 600000,
    "vcpus_used": 1,
    "memory_mb_used": 1024,
    "local_gb_used": 1,
    "free_ram_mb": 798976,
    "free_disk_gb": 599999,
    "current_workload": 0,
    "running_vms": 1,
    "disk_available_least": 0,
    "cpu_info": "{\"arch\": \"x86_64\", \"model\": \"Nehalem\", \"vendor\": \"Intel\", \"features\": [\"pge\", \"clflush\"], \"topology\": {\"cores\": 1, \"threads\": 1, \"sockets\": 4}}"
  }
};

/** 400 reply to `GET os-hypervisors/1 (microversion 2.93, as admin)`. */
export const getIntegerId = {
  "badRequest": {
    "code": 400,
    "message": "Invalid uuid 1"
  }
};

/** 200 reply to `GET os-hypervisors/statistics (microversion 2.87, as admin)`. */
export const statistics287 = {
  "hypervisor_statistics": {
    "count": 1,
    "vcpus": 1000,
    "memory_mb": 800000,
    "local_gb": 600000,
    "vcpus_used": 0,
    "memory_mb_used": 512,
    "local_gb_used": 0,
    "free_ram_mb": 799488,
    "free_disk_gb": 600000,
    "current_workload": 0,
    "running_vms": 0,
    "disk_available_least": 0
  }
};

/** 501 reply to `GET os-hypervisors/be72da63-6dd7-4098-ac48-6512b9713cac/uptime (microversion 2.87, as admin)`. */
export const uptime287 = {
  "notImplemented": {
    "code": 501,
    "message": "The requested functionality is not supported."
  }
};

/** 200 reply to `GET os-hypervisors (microversion 2.52, as admin)`. */
export const list252 = {
  "hypervisors": [
    {
      "id": 1,
      "hypervisor_hostname": "host-ovs-filter-active",
      "state": "up",
      "status": "enabled"
    }
  ]
};

/** 200 reply to `GET os-hypervisors?limit=1 (microversion 2.33, as admin)`. */
export const list233Page1 = {
  "hypervisors": [
    {
      "id": 1,
      "hypervisor_hostname": "host-ovs-filter-active",
      "state": "up",
      "status": "enabled"
    }
  ],
  "hypervisors_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/os-hypervisors?limit=1&marker=1"
    }
  ]
};

/** 200 reply to `GET os-hypervisors?limit=1&marker=1 (microversion 2.33, as admin)`. */
export const list233Page2 = {
  "hypervisors": []
};

/** 200 reply to `GET os-hypervisors/host-ovs/search (microversion 2.52, as admin)`. */
export const search252 = {
  "hypervisors": [
    {
      "id": 1,
      "hypervisor_hostname": "host-ovs-filter-active",
      "state": "up",
      "status": "enabled"
    }
  ]
};

/** 404 reply to `GET os-hypervisors/nomatch/search (microversion 2.52, as admin)`. */
export const searchNotFound252 = {
  "itemNotFound": {
    "code": 404,
    "message": "No hypervisor matching 'nomatch' could be found."
  }
};

/** 200 reply to `GET os-hypervisors/host-ovs/servers (microversion 2.52, as admin)`. */
export const servers252 = {
  "hypervisors": [
    {
      "id": 1,
      "hypervisor_hostname": "host-ovs-filter-active",
      "state": "up",
      "status": "enabled",
      "servers": [
        {
          "name": "instance-00000008",
          "uuid": "669aaed0-060e-4bce-bc6e-c96591a7229a"
        }
      ]
    }
  ]
};
