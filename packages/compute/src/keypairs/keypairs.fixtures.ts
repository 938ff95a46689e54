/**
 * Replies recorded from the real Nova (Zed, microversion 2.93 unless the name says otherwise) in the
 * local cloud; trimmed of nothing but unused entries.
 */

/** 201 reply to the recorded `import` call. */
export const importKey = {
  "keypair": {
    "type": "ssh",
    "name": "rec-keypair",
    "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPErjjwZgA3IuVC+hxZY0HzNDHqTrqjsMTlL/RFJov3i rec",
    "fingerprint": "c4:60:40:07:c4:0e:bb:2b:e7:91:54:a0:b1:6f:fd:82",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1"
  }
};

/** 200 reply to the recorded `import_2_1` call. */
export const import21 = {
  "keypair": {
    "name": "rec-keypair-21",
    "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPErjjwZgA3IuVC+hxZY0HzNDHqTrqjsMTlL/RFJov3i rec",
    "fingerprint": "c4:60:40:07:c4:0e:bb:2b:e7:91:54:a0:b1:6f:fd:82",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1"
  }
};

/** 201 reply to the recorded `generate_2_91` call. */
export const generate291 = {
  "keypair": {
    "private_key": "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAhVcIUXm1s1kIdGFsacfsBZ017gFox7Yk/0+E3oauj6uQkmmN\nMS2sLTEB1rbjZlnZVJBZPyuwQwKIfMAsI1zCka18XFBB4vDFPovqCtGXjyBrOz3j\nBeCWeIUPck4MhQGrZ+96fPitqfCevzA2v+HnxXXQufPBVaXU7SgpCVltkZuSElZc\no/QsFdzfCpanb6BLW+PsBfH27779j87vAl72dYu2W7x9mt2knRa3Zv2NaPXXXA+m\nUgoS92rf02CdBeq0RmwD/rsNa7ilXxBqm1gPx0Tw5tWp/gwHODejE4jq51ty97vq\nrMt2OkCaK0+PPX9Kb5H+KUsnfis1dL0uo4MeIQIDAQABAoIBAAFmFdTA+Zp9ixyp\nbvk3Gy895HRwOFir/Pxeqa6p7AfezV/z0oLbD0zUEEhf18fZlnGQKBeFDk7Npn/k\nhjICxZnAn6baQq6uRutujVB6vWPHe8h90DVeE0YFY1GYJwJ4L4OiG/9Wnn/DYe7w\ngwqFRKiqITvqJjOPT0oDm1aZRRB7dO7ZTsOG2AB009EmJ37eA2pgts9cFo35E1j8\nk7B1sPObBZYK2k4xRV+oC2tqTrcUt7xOK69eXoVB5ka1NEyWKypDIejpvc9s4q7h\nZ6IO3FNh/KbN+enbImeAOpKOvaqi9zdsdDMuv61MeYr+Y9TWnIDT6dsdeudCzqkM\nMdGuS7cCgYEAu8jVBQiH2dJGSgQdwfA0HR1DkFpCCPW2eWffesU84RoNvVwd4rnq\nBMoCyYKTQJaaMDTa0nH818MwuG2ovjo9hGwrI1T/Y1cWSEU+HQZRvBEfYyPlnn7E\nUOy8yOd7QpnSQkQ5EhSOHAAp80rRYOu2nmrk6P/pP8fiCcdx/twnEgsCgYEAtccW\nnjtQMoBY2qqCVoCJTk72Td2fNIRRYVEcEnrNxq2bsLxuQR9LSpSNGvaTlXljWs9d\nC+a76TyiluFZqOF4xq+Byn2NONHog4qdbCE401dzLcTwJl6uM4t6FIbLG2irUPOu\nLi//OFL6+EAHdkltUM/U229C/fbP/txzo0ICuAMCgYEAiRI53Ciz8V26DQEgL5aE\nk9Puo4oetaeWANy/lkAvBikcamK5Nex7U++ZRTpY/kZwWkvahs7Jvz0tbRIuoFym\n1uiWPH4oxXymOS7B/jHEq8Db5mQnkh/6cQ+9ZfECWkUp41ElT3tNmEbOWFb+qv6k\nGNLyMNnMis/+wSCip2RP6K0CgYB4Jk3G7MGHf9o7PnTEJFWdUwfuU8yFc+gugOQj\nOtSEu/+qhAIEPWEQvLu/1LecFw4a2fFQioQuGAwH2o/e1pl0ClGpu+76XZRoTdjb\nveHHn4fb+s4ZLn/KRii9JJNfXIHQEiFRGhyB6CdGq1vDTalZvuWc3R/Uqay1cpVk\nlZ8ibQKBgQCJdmrzdeSIy1jGO7iYN96lfdokbLQGq2KD8zM6tSN/AG34lpCqegLL\n4ikHu/rkzF7RRhAYA75umV4UzdBz2Iuxg1nX8ogaIaMEyvDcQFCzAsF1Eco8f0zs\n4b5sieIKJg12lBBGlUfYewjMALwiSS5GUJfDbgF0vBt4+mFALu8Yaw==\n-----END RSA PRIVATE KEY-----\n",
    "type": "ssh",
    "name": "rec-keypair-gen",
    "public_key": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCFVwhRebWzWQh0YWxpx+wFnTXuAWjHtiT/T4Tehq6Pq5CSaY0xLawtMQHWtuNmWdlUkFk/K7BDAoh8wCwjXMKRrXxcUEHi8MU+i+oK0ZePIGs7PeMF4JZ4hQ9yTgyFAatn73p8+K2p8J6/MDa/4efFddC588FVpdTtKCkJWW2Rm5ISVlyj9CwV3N8KlqdvoEtb4+wF8fbvvv2Pzu8CXvZ1i7ZbvH2a3aSdFrdm/Y1o9ddcD6ZSChL3at/TYJ0F6rRGbAP+uw1ruKVfEGqbWA/HRPDm1an+DAc4N6MTiOrnW3L3u+qsy3Y6QJorT489f0pvkf4pSyd+KzV0vS6jgx4h Generated-by-Nova",
    "fingerprint": "08:82:88:23:c4:f7:6e:0c:1c:49:2a:62:5f:e3:81:8d",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1"
  }
};

/** 200 reply to the recorded `list_page1` call. */
export const listPage1 = {
  "keypairs": [
    {
      "keypair": {
        "name": "rec-keypair",
        "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPErjjwZgA3IuVC+hxZY0HzNDHqTrqjsMTlL/RFJov3i rec",
        "fingerprint": "c4:60:40:07:c4:0e:bb:2b:e7:91:54:a0:b1:6f:fd:82",
        "type": "ssh"
      }
    }
  ],
  "keypairs_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/os-keypairs?limit=1&marker=rec-keypair"
    }
  ]
};

/** 200 reply to the recorded `list_page2` call. */
export const listPage2 = {
  "keypairs": [
    {
      "keypair": {
        "name": "rec-keypair-21",
        "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPErjjwZgA3IuVC+hxZY0HzNDHqTrqjsMTlL/RFJov3i rec",
        "fingerprint": "c4:60:40:07:c4:0e:bb:2b:e7:91:54:a0:b1:6f:fd:82",
        "type": "ssh"
      }
    }
  ],
  "keypairs_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/os-keypairs?limit=1&marker=rec-keypair-21"
    }
  ]
};

/** 200 reply to the recorded `list_page3` call. */
export const listPage3 = {
  "keypairs": [
    {
      "keypair": {
        "name": "rec-keypair-gen",
        "public_key": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCFVwhRebWzWQh0YWxpx+wFnTXuAWjHtiT/T4Tehq6Pq5CSaY0xLawtMQHWtuNmWdlUkFk/K7BDAoh8wCwjXMKRrXxcUEHi8MU+i+oK0ZePIGs7PeMF4JZ4hQ9yTgyFAatn73p8+K2p8J6/MDa/4efFddC588FVpdTtKCkJWW2Rm5ISVlyj9CwV3N8KlqdvoEtb4+wF8fbvvv2Pzu8CXvZ1i7ZbvH2a3aSdFrdm/Y1o9ddcD6ZSChL3at/TYJ0F6rRGbAP+uw1ruKVfEGqbWA/HRPDm1an+DAc4N6MTiOrnW3L3u+qsy3Y6QJorT489f0pvkf4pSyd+KzV0vS6jgx4h Generated-by-Nova",
        "fingerprint": "08:82:88:23:c4:f7:6e:0c:1c:49:2a:62:5f:e3:81:8d",
        "type": "ssh"
      }
    }
  ],
  "keypairs_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:8774/v2.1/os-keypairs?limit=1&marker=rec-keypair-gen"
    }
  ]
};

/** 200 reply to the recorded `list_page4` call. */
export const listPage4 = {
  "keypairs": []
};

/** 200 reply to the recorded `get` call. */
export const get = {
  "keypair": {
    "name": "rec-keypair",
    "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPErjjwZgA3IuVC+hxZY0HzNDHqTrqjsMTlL/RFJov3i rec",
    "fingerprint": "c4:60:40:07:c4:0e:bb:2b:e7:91:54:a0:b1:6f:fd:82",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "created_at": "2026-11-27T14:09:50.000000",
    "deleted": false,
    "deleted_at": null,
    "id": 19,
    "updated_at": null,
    "type": "ssh"
  }
};

/** 404 reply to the recorded `get_missing` call. */
export const getMissing = {
  "itemNotFound": {
    "code": 404,
    "message": "Keypair rec-keypair-missing not found for user 5ce87aa153d147269f85b1f397a18dd1"
  }
};

/** 201 reply to the recorded `admin_import_for_user` call. */
export const adminImportForUser = {
  "keypair": {
    "type": "ssh",
    "name": "rec-keypair-admin",
    "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPErjjwZgA3IuVC+hxZY0HzNDHqTrqjsMTlL/RFJov3i rec",
    "fingerprint": "c4:60:40:07:c4:0e:bb:2b:e7:91:54:a0:b1:6f:fd:82",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1"
  }
};

/** 200 reply to the recorded `admin_list_user` call. */
export const adminListUser = {
  "keypairs": [
    {
      "keypair": {
        "name": "rec-keypair",
        "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPErjjwZgA3IuVC+hxZY0HzNDHqTrqjsMTlL/RFJov3i rec",
        "fingerprint": "c4:60:40:07:c4:0e:bb:2b:e7:91:54:a0:b1:6f:fd:82",
        "type": "ssh"
      }
    },
    {
      "keypair": {
        "name": "rec-keypair-21",
        "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPErjjwZgA3IuVC+hxZY0HzNDHqTrqjsMTlL/RFJov3i rec",
        "fingerprint": "c4:60:40:07:c4:0e:bb:2b:e7:91:54:a0:b1:6f:fd:82",
        "type": "ssh"
      }
    },
    {
      "keypair": {
        "name": "rec-keypair-admin",
        "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPErjjwZgA3IuVC+hxZY0HzNDHqTrqjsMTlL/RFJov3i rec",
        "fingerprint": "c4:60:40:07:c4:0e:bb:2b:e7:91:54:a0:b1:6f:fd:82",
        "type": "ssh"
      }
    },
    {
      "keypair": {
        "name": "rec-keypair-gen",
        "public_key": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCFVwhRebWzWQh0YWxpx+wFnTXuAWjHtiT/T4Tehq6Pq5CSaY0xLawtMQHWtuNmWdlUkFk/K7BDAoh8wCwjXMKRrXxcUEHi8MU+i+oK0ZePIGs7PeMF4JZ4hQ9yTgyFAatn73p8+K2p8J6/MDa/4efFddC588FVpdTtKCkJWW2Rm5ISVlyj9CwV3N8KlqdvoEtb4+wF8fbvvv2Pzu8CXvZ1i7ZbvH2a3aSdFrdm/Y1o9ddcD6ZSChL3at/TYJ0F6rRGbAP+uw1ruKVfEGqbWA/HRPDm1an+DAc4N6MTiOrnW3L3u+qsy3Y6QJorT489f0pvkf4pSyd+KzV0vS6jgx4h Generated-by-Nova",
        "fingerprint": "08:82:88:23:c4:f7:6e:0c:1c:49:2a:62:5f:e3:81:8d",
        "type": "ssh"
      }
    }
  ]
};

/** 200 reply to the recorded `admin_get_user` call. */
export const adminGetUser = {
  "keypair": {
    "name": "rec-keypair-admin",
    "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPErjjwZgA3IuVC+hxZY0HzNDHqTrqjsMTlL/RFJov3i rec",
    "fingerprint": "c4:60:40:07:c4:0e:bb:2b:e7:91:54:a0:b1:6f:fd:82",
    "user_id": "5ce87aa153d147269f85b1f397a18dd1",
    "created_at": "2026-11-27T14:09:50.000000",
    "deleted": false,
    "deleted_at": null,
    "id": 22,
    "updated_at": null,
    "type": "ssh"
  }
};
