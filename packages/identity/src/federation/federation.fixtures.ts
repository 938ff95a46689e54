/**
 * Replies recorded from the real Keystone (Zed, 22.0.2) in the local cloud, as admin unless the name says member. Nothing edited.
 */

/** 201 reply to the recorded `PUT OS-FEDERATION/mappings/rec-mapping` call. */
export const createMapping = {
  "mapping": {
    "id": "rec-mapping",
    "rules": [
      {
        "local": [
          {
            "user": {
              "name": "{0}"
            }
          }
        ],
        "remote": [
          {
            "type": "REMOTE_USER"
          }
        ]
      }
    ],
    "links": {
      "self": "http://127.0.0.1:5000/v3/OS-FEDERATION/mappings/rec-mapping"
    }
  }
};

/** 200 reply to the recorded `GET OS-FEDERATION/mappings` call. */
export const listMappings = {
  "mappings": [
    {
      "id": "rec-mapping",
      "rules": [
        {
          "local": [
            {
              "user": {
                "name": "{0}"
              }
            }
          ],
          "remote": [
            {
              "type": "REMOTE_USER"
            }
          ]
        }
      ],
      "links": {
        "self": "http://127.0.0.1:5000/v3/OS-FEDERATION/mappings/rec-mapping"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/OS-FEDERATION/mappings",
    "previous": null
  }
};

/** 200 reply to the recorded `GET OS-FEDERATION/mappings/rec-mapping` call. */
export const getMapping = {
  "mapping": {
    "id": "rec-mapping",
    "rules": [
      {
        "local": [
          {
            "user": {
              "name": "{0}"
            }
          }
        ],
        "remote": [
          {
            "type": "REMOTE_USER"
          }
        ]
      }
    ],
    "links": {
      "self": "http://127.0.0.1:5000/v3/OS-FEDERATION/mappings/rec-mapping"
    }
  }
};

/** 200 reply to the recorded `PATCH OS-FEDERATION/mappings/rec-mapping` call. */
export const updateMapping = {
  "mapping": {
    "id": "rec-mapping",
    "rules": [
      {
        "local": [
          {
            "user": {
              "name": "{0}"
            }
          },
          {
            "group": {
              "id": "rec-group"
            }
          }
        ],
        "remote": [
          {
            "type": "REMOTE_USER"
          }
        ]
      }
    ],
    "links": {
      "self": "http://127.0.0.1:5000/v3/OS-FEDERATION/mappings/rec-mapping"
    }
  }
};

/** 400 reply to the recorded `PUT OS-FEDERATION/mappings/rec-bad` call. */
export const createMappingInvalid = {
  "error": {
    "code": 400,
    "message": "'remote' is a required property\n",
    "title": "Bad Request"
  }
};

/** 201 reply to the recorded `PUT OS-FEDERATION/identity_providers/rec-idp` call. */
export const createIdp = {
  "identity_provider": {
    "id": "rec-idp",
    "domain_id": "default",
    "enabled": true,
    "description": "recorded",
    "remote_ids": [
      "https://rec.example.test/idp"
    ],
    "authorization_ttl": null,
    "links": {
      "self": "http://127.0.0.1:5000/v3/OS-FEDERATION/identity_providers/rec-idp",
      "protocols": "http://127.0.0.1:5000/v3/OS-FEDERATION/identity_providers/rec-idp/protocols"
    }
  }
};

/** 200 reply to the recorded `GET OS-FEDERATION/identity_providers` call. */
export const listIdps = {
  "identity_providers": [
    {
      "id": "rec-idp",
      "domain_id": "default",
      "enabled": true,
      "description": "recorded",
      "remote_ids": [
        "https://rec.example.test/idp"
      ],
      "authorization_ttl": null,
      "links": {
        "self": "http://127.0.0.1:5000/v3/OS-FEDERATION/identity_providers/rec-idp",
        "protocols": "http://127.0.0.1:5000/v3/OS-FEDERATION/identity_providers/rec-idp/protocols"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/OS-FEDERATION/identity_providers?id=rec-idp&enabled=true",
    "previous": null
  }
};

/** 200 reply to the recorded `GET OS-FEDERATION/identity_providers/rec-idp` call. */
export const getIdp = {
  "identity_provider": {
    "id": "rec-idp",
    "domain_id": "default",
    "enabled": true,
    "description": "recorded",
    "remote_ids": [
      "https://rec.example.test/idp"
    ],
    "authorization_ttl": null,
    "links": {
      "self": "http://127.0.0.1:5000/v3/OS-FEDERATION/identity_providers/rec-idp",
      "protocols": "http://127.0.0.1:5000/v3/OS-FEDERATION/identity_providers/rec-idp/protocols"
    }
  }
};

/** 200 reply to the recorded `PATCH OS-FEDERATION/identity_providers/rec-idp` call. */
export const updateIdp = {
  "identity_provider": {
    "id": "rec-idp",
    "domain_id": "default",
    "enabled": false,
    "description": "changed",
    "remote_ids": [
      "https://rec.example.test/idp2"
    ],
    "authorization_ttl": null,
    "links": {
      "self": "http://127.0.0.1:5000/v3/OS-FEDERATION/identity_providers/rec-idp",
      "protocols": "http://127.0.0.1:5000/v3/OS-FEDERATION/identity_providers/rec-idp/protocols"
    }
  }
};

/** 201 reply to the recorded `PUT OS-FEDERATION/identity_providers/rec-idp/protocols/saml2` call. */
export const createProtocol = {
  "protocol": {
    "id": "saml2",
    "mapping_id": "rec-mapping",
    "links": {
      "self": "http://127.0.0.1:5000/v3/protocols/saml2",
      "identity_provider": "http://127.0.0.1:5000/v3/rec-idp"
    }
  }
};

/** 200 reply to the recorded `GET OS-FEDERATION/identity_providers/rec-idp/protocols` call. */
export const listProtocols = {
  "protocols": [
    {
      "id": "saml2",
      "idp_id": "rec-idp",
      "mapping_id": "rec-mapping",
      "remote_id_attribute": "Shib-Identity-Provider",
      "links": {
        "self": "http://127.0.0.1:5000/v3/protocols/saml2",
        "identity_provider": "http://127.0.0.1:5000/v3/rec-idp"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/OS-FEDERATION/identity_providers/rec-idp/protocols",
    "previous": null
  }
};

/** 200 reply to the recorded `GET OS-FEDERATION/identity_providers/rec-idp/protocols/saml2` call. */
export const getProtocol = {
  "protocol": {
    "id": "saml2",
    "mapping_id": "rec-mapping",
    "links": {
      "self": "http://127.0.0.1:5000/v3/protocols/saml2",
      "identity_provider": "http://127.0.0.1:5000/v3/rec-idp"
    }
  }
};

/** 200 reply to the recorded `PATCH OS-FEDERATION/identity_providers/rec-idp/protocols/saml2` call. */
export const updateProtocol = {
  "protocol": {
    "id": "saml2",
    "mapping_id": "rec-mapping",
    "links": {
      "self": "http://127.0.0.1:5000/v3/protocols/saml2",
      "identity_provider": "http://127.0.0.1:5000/v3/rec-idp"
    }
  }
};

/** 400 reply to the recorded `PUT OS-FEDERATION/identity_providers/rec-idp/protocols/openid` call. */
export const createProtocolBadMapping = {
  "error": {
    "code": 400,
    "message": "Invalid mapping id: rec-none",
    "title": "Bad Request"
  }
};

/** 403 reply to the recorded `GET OS-FEDERATION/identity_providers` call. */
export const memberListIdps = {
  "error": {
    "code": 403,
    "message": "You are not authorized to perform the requested action: identity:list_identity_providers.",
    "title": "Forbidden"
  }
};

/** 404 reply to the recorded `GET OS-FEDERATION/identity_providers/rec-idp` call. */
export const getIdpMissing = {
  "error": {
    "code": 404,
    "message": "Could not find Identity Provider: rec-idp.",
    "title": "Not Found"
  }
};
