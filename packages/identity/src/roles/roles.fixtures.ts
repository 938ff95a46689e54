/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as admin (the 403 as the member). Nothing edited;
 * the effective role assignment list is trimmed to three of its entries.
 */

/** IDs of what the recording created (all deleted afterwards). */
export const ids = {
  "prior": "cf6330bb2a944383bafd100d8013403e",
  "implied": "50b1e5d689904916a544279e6b2ca4b9",
  "domainRole": "29b68b2be59a4174bb7f9f84d83c0cfe",
  "user": "48f3fb354ac44c7eaac2db336bf34fad",
  "group": "87234395f62b4961ad15e608336d49bf",
  "project": "af66fcc8d4fc48839e10f63640101c0e"
};

/** 201 reply to `POST roles`. */
export const createRole = {
  "role": {
    "id": "cf6330bb2a944383bafd100d8013403e",
    "name": "rec-role-prior",
    "domain_id": null,
    "description": "recorded",
    "options": {},
    "links": {
      "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
    }
  }
};

/** 201 reply to `POST roles`. */
export const createDomainRole = {
  "role": {
    "id": "29b68b2be59a4174bb7f9f84d83c0cfe",
    "name": "rec-role-dom",
    "domain_id": "default",
    "description": "domain-specific",
    "options": {},
    "links": {
      "self": "http://127.0.0.1:5000/v3/roles/29b68b2be59a4174bb7f9f84d83c0cfe"
    }
  }
};

/** 200 reply to `GET roles?name=rec-role-prior`. */
export const listByName = {
  "roles": [
    {
      "id": "cf6330bb2a944383bafd100d8013403e",
      "name": "rec-role-prior",
      "domain_id": null,
      "description": "recorded",
      "options": {},
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/roles?name=rec-role-prior",
    "previous": null
  }
};

/** 200 reply to `GET roles?domain_id=default&name=rec-role-dom`. */
export const listByDomain = {
  "roles": [
    {
      "id": "29b68b2be59a4174bb7f9f84d83c0cfe",
      "name": "rec-role-dom",
      "domain_id": "default",
      "description": "domain-specific",
      "options": {},
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/29b68b2be59a4174bb7f9f84d83c0cfe"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/roles?domain_id=default&name=rec-role-dom",
    "previous": null
  }
};

/** 200 reply to `GET roles/…`. */
export const getRole = {
  "role": {
    "id": "cf6330bb2a944383bafd100d8013403e",
    "name": "rec-role-prior",
    "domain_id": null,
    "description": "recorded",
    "options": {},
    "links": {
      "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
    }
  }
};

/** 200 reply to `PATCH roles/…`. */
export const updateRole = {
  "role": {
    "id": "cf6330bb2a944383bafd100d8013403e",
    "name": "rec-role-prior",
    "domain_id": null,
    "description": "changed",
    "options": {
      "immutable": false
    },
    "links": {
      "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
    }
  }
};

/** 404 reply to `GET roles/…`. */
export const getMissing = {
  "error": {
    "code": 404,
    "message": "Could not find role: 00000000000000000000000000000000.",
    "title": "Not Found"
  }
};

/** 409 reply to `POST roles`. */
export const createDuplicate = {
  "error": {
    "code": 409,
    "message": "Conflict occurred attempting to store role - Duplicate entry found with name rec-role-prior.",
    "title": "Conflict"
  }
};

/** 201 reply to `PUT roles/…/implies/…`. */
export const createInference = {
  "role_inference": {
    "prior_role": {
      "id": "cf6330bb2a944383bafd100d8013403e",
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "name": "rec-role-prior"
    },
    "implies": {
      "id": "50b1e5d689904916a544279e6b2ca4b9",
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/50b1e5d689904916a544279e6b2ca4b9"
      },
      "name": "rec-role-implied"
    }
  },
  "links": {
    "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e/implies/50b1e5d689904916a544279e6b2ca4b9"
  }
};

/** 200 reply to `GET roles/…/implies/…`. */
export const getInference = {
  "role_inference": {
    "prior_role": {
      "id": "cf6330bb2a944383bafd100d8013403e",
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "name": "rec-role-prior"
    },
    "implies": {
      "id": "50b1e5d689904916a544279e6b2ca4b9",
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/50b1e5d689904916a544279e6b2ca4b9"
      },
      "name": "rec-role-implied"
    }
  },
  "links": {
    "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e/implies/50b1e5d689904916a544279e6b2ca4b9"
  }
};

/** 200 reply to `GET roles/…/implies`. */
export const listImplies = {
  "role_inference": {
    "prior_role": {
      "id": "cf6330bb2a944383bafd100d8013403e",
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "name": "rec-role-prior"
    },
    "implies": [
      {
        "id": "50b1e5d689904916a544279e6b2ca4b9",
        "links": {
          "self": "http://127.0.0.1:5000/v3/roles/50b1e5d689904916a544279e6b2ca4b9"
        },
        "name": "rec-role-implied"
      }
    ]
  },
  "links": {
    "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e/implies"
  }
};

/** 200 reply to `GET role_inferences`. */
export const roleInferences = {
  "role_inferences": [
    {
      "prior_role": {
        "id": "29cd7a7aa5174d4fbbaa0bba4b64f2fb",
        "links": {
          "self": "http://127.0.0.1:5000/v3/roles/29cd7a7aa5174d4fbbaa0bba4b64f2fb"
        },
        "name": "member"
      },
      "implies": [
        {
          "id": "cdfe5b7839564033a287c2cef78ae265",
          "links": {
            "self": "http://127.0.0.1:5000/v3/roles/cdfe5b7839564033a287c2cef78ae265"
          },
          "name": "reader"
        }
      ]
    },
    {
      "prior_role": {
        "id": "32f29ca480b843c19d6e4bd05be315d0",
        "links": {
          "self": "http://127.0.0.1:5000/v3/roles/32f29ca480b843c19d6e4bd05be315d0"
        },
        "name": "admin"
      },
      "implies": [
        {
          "id": "29cd7a7aa5174d4fbbaa0bba4b64f2fb",
          "links": {
            "self": "http://127.0.0.1:5000/v3/roles/29cd7a7aa5174d4fbbaa0bba4b64f2fb"
          },
          "name": "member"
        }
      ]
    },
    {
      "prior_role": {
        "id": "cf6330bb2a944383bafd100d8013403e",
        "links": {
          "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
        },
        "name": "rec-role-prior"
      },
      "implies": [
        {
          "id": "50b1e5d689904916a544279e6b2ca4b9",
          "links": {
            "self": "http://127.0.0.1:5000/v3/roles/50b1e5d689904916a544279e6b2ca4b9"
          },
          "name": "rec-role-implied"
        }
      ]
    }
  ]
};

/** 200 reply to `GET projects/…/users/…/roles`. */
export const listProjectUser = {
  "roles": [
    {
      "id": "cf6330bb2a944383bafd100d8013403e",
      "name": "rec-role-prior",
      "domain_id": null,
      "description": "changed",
      "options": {
        "immutable": false
      },
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/projects/af66fcc8d4fc48839e10f63640101c0e/users/48f3fb354ac44c7eaac2db336bf34fad/roles",
    "previous": null
  }
};

/** 200 reply to `GET projects/…/groups/…/roles`. */
export const listProjectGroup = {
  "roles": [
    {
      "id": "cf6330bb2a944383bafd100d8013403e",
      "name": "rec-role-prior",
      "domain_id": null,
      "description": "changed",
      "options": {
        "immutable": false
      },
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/projects/af66fcc8d4fc48839e10f63640101c0e/groups/87234395f62b4961ad15e608336d49bf/roles",
    "previous": null
  }
};

/** 200 reply to `GET domains/default/users/…/roles`. */
export const listDomainUser = {
  "roles": [
    {
      "id": "50b1e5d689904916a544279e6b2ca4b9",
      "name": "rec-role-implied",
      "domain_id": null,
      "description": null,
      "options": {},
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/50b1e5d689904916a544279e6b2ca4b9"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/domains/default/users/48f3fb354ac44c7eaac2db336bf34fad/roles",
    "previous": null
  }
};

/** 200 reply to `GET system/users/…/roles`. */
export const listSystemUser = {
  "roles": [
    {
      "id": "cf6330bb2a944383bafd100d8013403e",
      "name": "rec-role-prior",
      "domain_id": null,
      "description": "changed",
      "options": {
        "immutable": false
      },
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/system/users/48f3fb354ac44c7eaac2db336bf34fad/roles",
    "previous": null
  }
};

/** 200 reply to `GET system/groups/…/roles`. */
export const listSystemGroup = {
  "roles": [
    {
      "id": "cf6330bb2a944383bafd100d8013403e",
      "name": "rec-role-prior",
      "domain_id": null,
      "description": "changed",
      "options": {
        "immutable": false
      },
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/system/groups/87234395f62b4961ad15e608336d49bf/roles",
    "previous": null
  }
};

/** 200 reply to `GET OS-INHERIT/domains/default/users/…/roles/inherited_to_projects`. */
export const listInheritedDomainUser = {
  "roles": [
    {
      "id": "cf6330bb2a944383bafd100d8013403e",
      "name": "rec-role-prior",
      "domain_id": null,
      "description": "changed",
      "options": {
        "immutable": false
      },
      "links": {
        "self": "http://127.0.0.1:5000/v3/roles/cf6330bb2a944383bafd100d8013403e"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/OS-INHERIT/domains/default/users/48f3fb354ac44c7eaac2db336bf34fad/roles/inherited_to_projects",
    "previous": null
  }
};

/** 404 reply to `GET projects/…/users/…/roles/…`. */
export const checkMissingGet = {
  "error": {
    "code": 404,
    "message": "Could not find role assignment with role: 50b1e5d689904916a544279e6b2ca4b9, user or group: 48f3fb354ac44c7eaac2db336bf34fad, project, domain, or system: af66fcc8d4fc48839e10f63640101c0e.",
    "title": "Not Found"
  }
};

/** 404 reply to `GET projects/…/users/…/roles/…`. */
export const checkMissingUser = {
  "error": {
    "code": 404,
    "message": "Could not find user: 00000000000000000000000000000000.",
    "title": "Not Found"
  }
};

/** 200 reply to `GET role_assignments?user.id=…`. */
export const raUser = {
  "role_assignments": [
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/projects/af66fcc8d4fc48839e10f63640101c0e/users/48f3fb354ac44c7eaac2db336bf34fad/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "project": {
          "id": "af66fcc8d4fc48839e10f63640101c0e"
        }
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    },
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/domains/default/users/48f3fb354ac44c7eaac2db336bf34fad/roles/50b1e5d689904916a544279e6b2ca4b9"
      },
      "scope": {
        "domain": {
          "id": "default"
        }
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad"
      },
      "role": {
        "id": "50b1e5d689904916a544279e6b2ca4b9"
      }
    },
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/OS-INHERIT/domains/default/users/48f3fb354ac44c7eaac2db336bf34fad/roles/cf6330bb2a944383bafd100d8013403e/inherited_to_projects"
      },
      "scope": {
        "domain": {
          "id": "default"
        },
        "OS-INHERIT:inherited_to": "projects"
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    },
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/system/users/48f3fb354ac44c7eaac2db336bf34fad/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "system": {
          "all": true
        }
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/role_assignments?user.id=48f3fb354ac44c7eaac2db336bf34fad",
    "previous": null
  }
};

/** 200 reply to `GET role_assignments?scope.project.id=…&include_names=true`. */
export const raProjectNames = {
  "role_assignments": [
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/projects/af66fcc8d4fc48839e10f63640101c0e/users/48f3fb354ac44c7eaac2db336bf34fad/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "project": {
          "id": "af66fcc8d4fc48839e10f63640101c0e",
          "name": "rec-project",
          "domain": {
            "id": "default",
            "name": "Default"
          }
        }
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad",
        "name": "rec-user",
        "domain": {
          "id": "default",
          "name": "Default"
        }
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e",
        "name": "rec-role-prior"
      }
    },
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/projects/af66fcc8d4fc48839e10f63640101c0e/groups/87234395f62b4961ad15e608336d49bf/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "project": {
          "id": "af66fcc8d4fc48839e10f63640101c0e",
          "name": "rec-project",
          "domain": {
            "id": "default",
            "name": "Default"
          }
        }
      },
      "group": {
        "id": "87234395f62b4961ad15e608336d49bf",
        "name": "rec-group",
        "domain": {
          "id": "default",
          "name": "Default"
        }
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e",
        "name": "rec-role-prior"
      }
    },
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/OS-INHERIT/projects/af66fcc8d4fc48839e10f63640101c0e/groups/87234395f62b4961ad15e608336d49bf/roles/cf6330bb2a944383bafd100d8013403e/inherited_to_projects"
      },
      "scope": {
        "project": {
          "id": "af66fcc8d4fc48839e10f63640101c0e",
          "name": "rec-project",
          "domain": {
            "id": "default",
            "name": "Default"
          }
        },
        "OS-INHERIT:inherited_to": "projects"
      },
      "group": {
        "id": "87234395f62b4961ad15e608336d49bf",
        "name": "rec-group",
        "domain": {
          "id": "default",
          "name": "Default"
        }
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e",
        "name": "rec-role-prior"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/role_assignments?scope.project.id=af66fcc8d4fc48839e10f63640101c0e&include_names=true",
    "previous": null
  }
};

/** 200 reply to `GET role_assignments?user.id=…&effective=true&include_names=true`. */
export const raEffective = {
  "role_assignments": [
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/projects/af66fcc8d4fc48839e10f63640101c0e/users/48f3fb354ac44c7eaac2db336bf34fad/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "project": {
          "id": "af66fcc8d4fc48839e10f63640101c0e",
          "name": "rec-project",
          "domain": {
            "id": "default",
            "name": "Default"
          }
        }
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad",
        "name": "rec-user",
        "domain": {
          "id": "default",
          "name": "Default"
        }
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e",
        "name": "rec-role-prior"
      }
    },
    {
      "links": {
        "membership": "http://127.0.0.1:5000/v3/groups/87234395f62b4961ad15e608336d49bf/users/48f3fb354ac44c7eaac2db336bf34fad",
        "assignment": "http://127.0.0.1:5000/v3/projects/af66fcc8d4fc48839e10f63640101c0e/groups/87234395f62b4961ad15e608336d49bf/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "project": {
          "id": "af66fcc8d4fc48839e10f63640101c0e",
          "name": "rec-project",
          "domain": {
            "id": "default",
            "name": "Default"
          }
        }
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad",
        "name": "rec-user",
        "domain": {
          "id": "default",
          "name": "Default"
        }
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e",
        "name": "rec-role-prior"
      }
    },
    {
      "links": {
        "membership": "http://127.0.0.1:5000/v3/groups/87234395f62b4961ad15e608336d49bf/users/48f3fb354ac44c7eaac2db336bf34fad",
        "assignment": "http://127.0.0.1:5000/v3/projects/af66fcc8d4fc48839e10f63640101c0e/groups/87234395f62b4961ad15e608336d49bf/roles/cf6330bb2a944383bafd100d8013403e",
        "prior_role": "http://127.0.0.1:5000/v3/prior_role/50b1e5d689904916a544279e6b2ca4b9/implies/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "project": {
          "id": "af66fcc8d4fc48839e10f63640101c0e",
          "name": "rec-project",
          "domain": {
            "id": "default",
            "name": "Default"
          }
        }
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad",
        "name": "rec-user",
        "domain": {
          "id": "default",
          "name": "Default"
        }
      },
      "role": {
        "id": "50b1e5d689904916a544279e6b2ca4b9",
        "name": "rec-role-implied"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/role_assignments?user.id=48f3fb354ac44c7eaac2db336bf34fad&effective=true&include_names=true",
    "previous": null
  }
};

/** 200 reply to `GET role_assignments?group.id=…&role.id=…`. */
export const raGroupRole = {
  "role_assignments": [
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/projects/af66fcc8d4fc48839e10f63640101c0e/groups/87234395f62b4961ad15e608336d49bf/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "project": {
          "id": "af66fcc8d4fc48839e10f63640101c0e"
        }
      },
      "group": {
        "id": "87234395f62b4961ad15e608336d49bf"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    },
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/OS-INHERIT/projects/af66fcc8d4fc48839e10f63640101c0e/groups/87234395f62b4961ad15e608336d49bf/roles/cf6330bb2a944383bafd100d8013403e/inherited_to_projects"
      },
      "scope": {
        "project": {
          "id": "af66fcc8d4fc48839e10f63640101c0e"
        },
        "OS-INHERIT:inherited_to": "projects"
      },
      "group": {
        "id": "87234395f62b4961ad15e608336d49bf"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    },
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/system/groups/87234395f62b4961ad15e608336d49bf/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "system": {
          "all": true
        }
      },
      "group": {
        "id": "87234395f62b4961ad15e608336d49bf"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/role_assignments?group.id=87234395f62b4961ad15e608336d49bf&role.id=cf6330bb2a944383bafd100d8013403e",
    "previous": null
  }
};

/** 200 reply to `GET role_assignments?scope.domain.id=default&user.id=…`. */
export const raDomain = {
  "role_assignments": [
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/domains/default/users/48f3fb354ac44c7eaac2db336bf34fad/roles/50b1e5d689904916a544279e6b2ca4b9"
      },
      "scope": {
        "domain": {
          "id": "default"
        }
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad"
      },
      "role": {
        "id": "50b1e5d689904916a544279e6b2ca4b9"
      }
    },
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/OS-INHERIT/domains/default/users/48f3fb354ac44c7eaac2db336bf34fad/roles/cf6330bb2a944383bafd100d8013403e/inherited_to_projects"
      },
      "scope": {
        "domain": {
          "id": "default"
        },
        "OS-INHERIT:inherited_to": "projects"
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/role_assignments?scope.domain.id=default&user.id=48f3fb354ac44c7eaac2db336bf34fad",
    "previous": null
  }
};

/** 200 reply to `GET role_assignments?scope.system=all&user.id=…`. */
export const raSystem = {
  "role_assignments": [
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/system/users/48f3fb354ac44c7eaac2db336bf34fad/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "system": {
          "all": true
        }
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/role_assignments?scope.system=all&user.id=48f3fb354ac44c7eaac2db336bf34fad",
    "previous": null
  }
};

/** 200 reply to `GET role_assignments?scope.OS-INHERIT:inherited_to=projects&user.id=…`. */
export const raInherited = {
  "role_assignments": [
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/OS-INHERIT/domains/default/users/48f3fb354ac44c7eaac2db336bf34fad/roles/cf6330bb2a944383bafd100d8013403e/inherited_to_projects"
      },
      "scope": {
        "domain": {
          "id": "default"
        },
        "OS-INHERIT:inherited_to": "projects"
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    },
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/system/users/48f3fb354ac44c7eaac2db336bf34fad/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "system": {
          "all": true
        }
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/role_assignments?scope.OS-INHERIT:inherited_to=projects&user.id=48f3fb354ac44c7eaac2db336bf34fad",
    "previous": null
  }
};

/** 200 reply to `GET role_assignments?scope.project.id=…&include_subtree=true&role.id=…`. */
export const raSubtree = {
  "role_assignments": [
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/projects/af66fcc8d4fc48839e10f63640101c0e/users/48f3fb354ac44c7eaac2db336bf34fad/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "project": {
          "id": "af66fcc8d4fc48839e10f63640101c0e"
        }
      },
      "user": {
        "id": "48f3fb354ac44c7eaac2db336bf34fad"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    },
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/projects/af66fcc8d4fc48839e10f63640101c0e/groups/87234395f62b4961ad15e608336d49bf/roles/cf6330bb2a944383bafd100d8013403e"
      },
      "scope": {
        "project": {
          "id": "af66fcc8d4fc48839e10f63640101c0e"
        }
      },
      "group": {
        "id": "87234395f62b4961ad15e608336d49bf"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    },
    {
      "links": {
        "assignment": "http://127.0.0.1:5000/v3/OS-INHERIT/projects/af66fcc8d4fc48839e10f63640101c0e/groups/87234395f62b4961ad15e608336d49bf/roles/cf6330bb2a944383bafd100d8013403e/inherited_to_projects"
      },
      "scope": {
        "project": {
          "id": "af66fcc8d4fc48839e10f63640101c0e"
        },
        "OS-INHERIT:inherited_to": "projects"
      },
      "group": {
        "id": "87234395f62b4961ad15e608336d49bf"
      },
      "role": {
        "id": "cf6330bb2a944383bafd100d8013403e"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/role_assignments?scope.project.id=af66fcc8d4fc48839e10f63640101c0e&include_subtree=true&role.id=cf6330bb2a944383bafd100d8013403e",
    "previous": null
  }
};

/** 403 reply to `GET role_assignments?scope.project.id=…`. */
export const raMember403 = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:list_role_assignments.",
    "title": "Forbidden"
  }
};

