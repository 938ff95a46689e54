/**
 * Replies recorded from the real Nova (Zed, microversion 2.93 unless the name says otherwise) in the
 * local cloud; trimmed of nothing but unused entries.
 */

/** 200 reply to the recorded `get` call. */
export const get = {
  "quota_set": {
    "id": "56a1734a387a4a25a56ee940578c82dd",
    "cores": 20,
    "instances": 10,
    "key_pairs": 100,
    "metadata_items": 128,
    "ram": 51200,
    "server_group_members": 10,
    "server_groups": 10
  }
};

/** 200 reply to the recorded `get_2_35` call. */
export const get235 = {
  "quota_set": {
    "id": "56a1734a387a4a25a56ee940578c82dd",
    "cores": 20,
    "fixed_ips": -1,
    "floating_ips": -1,
    "injected_file_content_bytes": 10240,
    "injected_file_path_bytes": 255,
    "injected_files": 5,
    "instances": 10,
    "key_pairs": 100,
    "metadata_items": 128,
    "ram": 51200,
    "security_group_rules": -1,
    "security_groups": -1,
    "server_group_members": 10,
    "server_groups": 10
  }
};

/** 200 reply to the recorded `get_2_56` call. */
export const get256 = {
  "quota_set": {
    "id": "56a1734a387a4a25a56ee940578c82dd",
    "cores": 20,
    "injected_file_content_bytes": 10240,
    "injected_file_path_bytes": 255,
    "injected_files": 5,
    "instances": 10,
    "key_pairs": 100,
    "metadata_items": 128,
    "ram": 51200,
    "server_group_members": 10,
    "server_groups": 10
  }
};

/** 200 reply to the recorded `detail` call. */
export const detail = {
  "quota_set": {
    "id": "56a1734a387a4a25a56ee940578c82dd",
    "cores": {
      "limit": 20,
      "in_use": 3,
      "reserved": 0
    },
    "instances": {
      "limit": 10,
      "in_use": 3,
      "reserved": 0
    },
    "key_pairs": {
      "limit": 100,
      "in_use": 0,
      "reserved": 0
    },
    "metadata_items": {
      "limit": 128,
      "in_use": 0,
      "reserved": 0
    },
    "ram": {
      "limit": 51200,
      "in_use": 1536,
      "reserved": 0
    },
    "server_group_members": {
      "limit": 10,
      "in_use": 0,
      "reserved": 0
    },
    "server_groups": {
      "limit": 10,
      "in_use": 0,
      "reserved": 0
    }
  }
};

/** 200 reply to the recorded `detail_2_35` call. */
export const detail235 = {
  "quota_set": {
    "id": "56a1734a387a4a25a56ee940578c82dd",
    "cores": {
      "limit": 20,
      "in_use": 3,
      "reserved": 0
    },
    "fixed_ips": {
      "limit": -1,
      "in_use": 0,
      "reserved": 0
    },
    "floating_ips": {
      "limit": -1,
      "in_use": 0,
      "reserved": 0
    },
    "injected_file_content_bytes": {
      "limit": 10240,
      "in_use": 0,
      "reserved": 0
    },
    "injected_file_path_bytes": {
      "limit": 255,
      "in_use": 0,
      "reserved": 0
    },
    "injected_files": {
      "limit": 5,
      "in_use": 0,
      "reserved": 0
    },
    "instances": {
      "limit": 10,
      "in_use": 3,
      "reserved": 0
    },
    "key_pairs": {
      "limit": 100,
      "in_use": 0,
      "reserved": 0
    },
    "metadata_items": {
      "limit": 128,
      "in_use": 0,
      "reserved": 0
    },
    "ram": {
      "limit": 51200,
      "in_use": 1536,
      "reserved": 0
    },
    "security_group_rules": {
      "limit": -1,
      "in_use": 0,
      "reserved": 0
    },
    "security_groups": {
      "limit": -1,
      "in_use": 0,
      "reserved": 0
    },
    "server_group_members": {
      "limit": 10,
      "in_use": 0,
      "reserved": 0
    },
    "server_groups": {
      "limit": 10,
      "in_use": 0,
      "reserved": 0
    }
  }
};

/** 200 reply to the recorded `defaults` call. */
export const defaults = {
  "quota_set": {
    "id": "56a1734a387a4a25a56ee940578c82dd",
    "cores": 20,
    "instances": 10,
    "key_pairs": 100,
    "metadata_items": 128,
    "ram": 51200,
    "server_group_members": 10,
    "server_groups": 10
  }
};

/** 200 reply to the recorded `update` call. */
export const update = {
  "quota_set": {
    "cores": 20,
    "instances": 10,
    "key_pairs": 101,
    "metadata_items": 128,
    "ram": 51200,
    "server_group_members": 10,
    "server_groups": 11
  }
};

/** 200 reply to the recorded `update_user` call. */
export const updateUser = {
  "quota_set": {
    "cores": 20,
    "instances": 10,
    "key_pairs": 50,
    "metadata_items": 128,
    "ram": 51200,
    "server_group_members": 10,
    "server_groups": 11
  }
};

/** 200 reply to the recorded `get_user` call. */
export const getUser = {
  "quota_set": {
    "id": "56a1734a387a4a25a56ee940578c82dd",
    "cores": 20,
    "instances": 10,
    "key_pairs": 50,
    "metadata_items": 128,
    "ram": 51200,
    "server_group_members": 10,
    "server_groups": 11
  }
};

/** 200 reply to the recorded `detail_user` call. */
export const detailUser = {
  "quota_set": {
    "id": "56a1734a387a4a25a56ee940578c82dd",
    "cores": {
      "limit": 20,
      "in_use": 4,
      "reserved": 0
    },
    "instances": {
      "limit": 10,
      "in_use": 4,
      "reserved": 0
    },
    "key_pairs": {
      "limit": 50,
      "in_use": 0,
      "reserved": 0
    },
    "metadata_items": {
      "limit": 128,
      "in_use": 0,
      "reserved": 0
    },
    "ram": {
      "limit": 51200,
      "in_use": 2048,
      "reserved": 0
    },
    "server_group_members": {
      "limit": 10,
      "in_use": 0,
      "reserved": 0
    },
    "server_groups": {
      "limit": 11,
      "in_use": 0,
      "reserved": 0
    }
  }
};
