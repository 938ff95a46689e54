/**
 * Replies recorded from the real Keystone (Zed) in the local cloud, as admin unless the name says
 * member. Nothing edited.
 */

/** 200 reply to the recorded `GET auth/catalog` call. */
export const catalog = {
  "catalog": [
    {
      "endpoints": [
        {
          "id": "00645661c4b0472f8f29bedd5e91493e",
          "interface": "public",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:9696",
          "region": "RegionOne"
        },
        {
          "id": "ce24c23281924aafab10208e15cc5683",
          "interface": "internal",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:9696",
          "region": "RegionOne"
        }
      ],
      "id": "48d4af3b7d2f4b029904d6df80bf6f66",
      "type": "network",
      "name": "neutron"
    },
    {
      "endpoints": [
        {
          "id": "a3c45d3193b6440cb168191745293f06",
          "interface": "internal",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8776/v3/56a1734a387a4a25a56ee940578c82dd",
          "region": "RegionOne"
        },
        {
          "id": "c24c00a0164947ae9cab54da01a65ceb",
          "interface": "public",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8776/v3/56a1734a387a4a25a56ee940578c82dd",
          "region": "RegionOne"
        }
      ],
      "id": "4bb3c083218c4bda87c2b8fd21b39f4a",
      "type": "block-storage",
      "name": "cinder"
    },
    {
      "endpoints": [
        {
          "id": "090395913ec84002b1ea6d0fbf1154df",
          "interface": "public",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:5000/v3/",
          "region": "RegionOne"
        },
        {
          "id": "381c75ceaed84f4b81b54729ad24cb4d",
          "interface": "internal",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:5000/v3/",
          "region": "RegionOne"
        },
        {
          "id": "72f79b7366a248f5ac8902b41205256b",
          "interface": "admin",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:5000/v3/",
          "region": "RegionOne"
        }
      ],
      "id": "4e5edf8790074734be096255b06c7903",
      "type": "identity",
      "name": "keystone"
    },
    {
      "endpoints": [
        {
          "id": "34cb63154a7449bea28ac1efd7f91b32",
          "interface": "internal",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8778",
          "region": "RegionOne"
        },
        {
          "id": "e2babd5d5f6b46d9a5c3bfa5b673348b",
          "interface": "public",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8778",
          "region": "RegionOne"
        }
      ],
      "id": "68e9a2912db74484852720c0775f5525",
      "type": "placement",
      "name": "placement"
    },
    {
      "endpoints": [
        {
          "id": "298cd574058b4f25bf9df9c067ea8bdb",
          "interface": "internal",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:9292",
          "region": "RegionOne"
        },
        {
          "id": "cf483901062e4563a6cf6c02148d6a56",
          "interface": "public",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:9292",
          "region": "RegionOne"
        }
      ],
      "id": "8043c92a8e4e4d3583bb0630047361c0",
      "type": "image",
      "name": "glance"
    },
    {
      "endpoints": [
        {
          "id": "837bf5f0cd3240adb67975306f983b0d",
          "interface": "internal",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8004/v1/56a1734a387a4a25a56ee940578c82dd",
          "region": "RegionOne"
        },
        {
          "id": "fa518d1146014ff6a0a414b62052a7fe",
          "interface": "public",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8004/v1/56a1734a387a4a25a56ee940578c82dd",
          "region": "RegionOne"
        }
      ],
      "id": "9071f99d95e74b5389fbeff1ef58518d",
      "type": "orchestration",
      "name": "heat"
    },
    {
      "endpoints": [
        {
          "id": "79ffd225bd26471ca25878b4a374ac3c",
          "interface": "internal",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8774/v2.1",
          "region": "RegionOne"
        },
        {
          "id": "a67edd93f0764722919589d4adf3b9ea",
          "interface": "public",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8774/v2.1",
          "region": "RegionOne"
        }
      ],
      "id": "b4903a5407e5404aaf530eabced68a59",
      "type": "compute",
      "name": "nova"
    },
    {
      "endpoints": [
        {
          "id": "06029e853f724d20a1294143cab115af",
          "interface": "internal",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8080/v1/AUTH_56a1734a387a4a25a56ee940578c82dd",
          "region": "RegionOne"
        },
        {
          "id": "2f114c69bb434957bc1f263f2912938f",
          "interface": "public",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8080/v1/AUTH_56a1734a387a4a25a56ee940578c82dd",
          "region": "RegionOne"
        }
      ],
      "id": "ca5315f26faa4846b701fdda6a99abb8",
      "type": "object-store",
      "name": "swift"
    },
    {
      "endpoints": [
        {
          "id": "8a785ecf85c547fa9aa541fb69a6dfcb",
          "interface": "public",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8776/v3/56a1734a387a4a25a56ee940578c82dd",
          "region": "RegionOne"
        },
        {
          "id": "e63aa9bd33e34f6eb1c807aae3c5869f",
          "interface": "internal",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8776/v3/56a1734a387a4a25a56ee940578c82dd",
          "region": "RegionOne"
        }
      ],
      "id": "d50eeddb7c4a40dabc52d64572f8276e",
      "type": "volumev3",
      "name": "cinderv3"
    },
    {
      "endpoints": [
        {
          "id": "1afb908104f7481d9f8f5fbc8d147b1f",
          "interface": "internal",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8000/v1",
          "region": "RegionOne"
        },
        {
          "id": "41e1d5780e7e4dc089fa44dc1e278b70",
          "interface": "public",
          "region_id": "RegionOne",
          "url": "http://127.0.0.1:8000/v1",
          "region": "RegionOne"
        }
      ],
      "id": "e58b710dad19463db8615ceea2918c81",
      "type": "cloudformation",
      "name": "heat-cfn"
    }
  ],
  "links": {
    "self": "http://127.0.0.1:5000/v3/auth/catalog"
  }
};

/** 200 reply to the recorded `GET auth/projects` call. */
export const projects = {
  "projects": [
    {
      "id": "56a1734a387a4a25a56ee940578c82dd",
      "name": "demo",
      "domain_id": "default",
      "description": "demo project",
      "enabled": true,
      "parent_id": "default",
      "is_domain": false,
      "tags": [],
      "options": {},
      "links": {
        "self": "http://127.0.0.1:5000/v3/projects/56a1734a387a4a25a56ee940578c82dd"
      }
    }
  ],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/auth/projects",
    "previous": null
  }
};

/** 200 reply to the recorded `GET auth/domains` call. */
export const domains = {
  "domains": [],
  "links": {
    "next": null,
    "self": "http://127.0.0.1:5000/v3/auth/domains",
    "previous": null
  }
};

/** 200 reply to the recorded `GET auth/system` call. */
export const system = {
  "system": [],
  "links": {
    "self": "http://127.0.0.1:5000/v3/auth/system"
  }
};

/** 200 reply to the recorded `GET auth/system` call. */
export const adminSystem = {
  "system": [
    {
      "all": true
    }
  ],
  "links": {
    "self": "http://127.0.0.1:5000/v3/auth/system"
  }
};

/** 401 reply to the recorded `GET auth/catalog` call. */
export const noToken = {
  "error": {
    "code": 401,
    "message": "The request you have made requires authentication.",
    "title": "Unauthorized"
  }
};
