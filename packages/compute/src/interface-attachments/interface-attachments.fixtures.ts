/**
 * Replies recorded from the real Nova (Zed, microversion 2.93 unless the name says otherwise) in the
 * local cloud; nothing edited.
 */

/** 200 reply to `POST servers/{id}/os-interface` with `{ port_id, tag: 'nic1' }`. */
export const attachPort = {
  "interfaceAttachment": {
    "net_id": "67429865-47e3-4630-b2c6-6de27a346729",
    "port_id": "cc42bcac-47ae-4602-a1a7-6a5f2583fc14",
    "mac_addr": "fa:16:3e:79:7a:c7",
    "port_state": "ACTIVE",
    "fixed_ips": [
      {
        "subnet_id": "60a49b0e-9257-4e09-be53-8e063bb2c7d8",
        "ip_address": "10.0.0.245"
      }
    ],
    "tag": "nic1"
  }
};

/** 200 reply to `POST servers/{id}/os-interface` with `{ net_id, fixed_ips: [{ ip_address: '10.0.0.213' }] }`. */
export const attachNet = {
  "interfaceAttachment": {
    "net_id": "67429865-47e3-4630-b2c6-6de27a346729",
    "port_id": "8d870c89-d91a-4c4e-a868-0769be4f1625",
    "mac_addr": "fa:16:3e:7d:b9:22",
    "port_state": "ACTIVE",
    "fixed_ips": [
      {
        "subnet_id": "60a49b0e-9257-4e09-be53-8e063bb2c7d8",
        "ip_address": "10.0.0.213"
      }
    ],
    "tag": null
  }
};

/** 200 reply to `GET servers/{id}/os-interface` with both ports attached. */
export const list = {
  "interfaceAttachments": [
    {
      "net_id": "67429865-47e3-4630-b2c6-6de27a346729",
      "port_id": "8d870c89-d91a-4c4e-a868-0769be4f1625",
      "mac_addr": "fa:16:3e:7d:b9:22",
      "port_state": "ACTIVE",
      "fixed_ips": [
        {
          "subnet_id": "60a49b0e-9257-4e09-be53-8e063bb2c7d8",
          "ip_address": "10.0.0.213"
        }
      ],
      "tag": null
    },
    {
      "net_id": "67429865-47e3-4630-b2c6-6de27a346729",
      "port_id": "cc42bcac-47ae-4602-a1a7-6a5f2583fc14",
      "mac_addr": "fa:16:3e:79:7a:c7",
      "port_state": "ACTIVE",
      "fixed_ips": [
        {
          "subnet_id": "60a49b0e-9257-4e09-be53-8e063bb2c7d8",
          "ip_address": "10.0.0.245"
        }
      ],
      "tag": "nic1"
    }
  ]
};

/** 200 reply to the same list at microversion 2.1. */
export const list21 = {
  "interfaceAttachments": [
    {
      "net_id": "67429865-47e3-4630-b2c6-6de27a346729",
      "port_id": "8d870c89-d91a-4c4e-a868-0769be4f1625",
      "mac_addr": "fa:16:3e:7d:b9:22",
      "port_state": "ACTIVE",
      "fixed_ips": [
        {
          "subnet_id": "60a49b0e-9257-4e09-be53-8e063bb2c7d8",
          "ip_address": "10.0.0.213"
        }
      ]
    },
    {
      "net_id": "67429865-47e3-4630-b2c6-6de27a346729",
      "port_id": "cc42bcac-47ae-4602-a1a7-6a5f2583fc14",
      "mac_addr": "fa:16:3e:79:7a:c7",
      "port_state": "ACTIVE",
      "fixed_ips": [
        {
          "subnet_id": "60a49b0e-9257-4e09-be53-8e063bb2c7d8",
          "ip_address": "10.0.0.245"
        }
      ]
    }
  ]
};

/** 200 reply to the list for a server booted with `networks: 'none'`. */
export const listEmpty = {
  "interfaceAttachments": []
};

/** 200 reply to `GET servers/{id}/os-interface/{portId}` for the tagged port. */
export const get = {
  "interfaceAttachment": {
    "net_id": "67429865-47e3-4630-b2c6-6de27a346729",
    "port_id": "cc42bcac-47ae-4602-a1a7-6a5f2583fc14",
    "mac_addr": "fa:16:3e:79:7a:c7",
    "port_state": "ACTIVE",
    "fixed_ips": [
      {
        "subnet_id": "60a49b0e-9257-4e09-be53-8e063bb2c7d8",
        "ip_address": "10.0.0.245"
      }
    ],
    "tag": "nic1"
  }
};

/** 200 reply to the same show at microversion 2.69. */
export const get269 = {
  "interfaceAttachment": {
    "net_id": "67429865-47e3-4630-b2c6-6de27a346729",
    "port_id": "cc42bcac-47ae-4602-a1a7-6a5f2583fc14",
    "mac_addr": "fa:16:3e:79:7a:c7",
    "port_state": "ACTIVE",
    "fixed_ips": [
      {
        "subnet_id": "60a49b0e-9257-4e09-be53-8e063bb2c7d8",
        "ip_address": "10.0.0.245"
      }
    ]
  }
};

/** 404 reply to show (on another server) once its port was detached. */
export const notAttached = {
  "itemNotFound": {
    "code": 404,
    "message": "Instance 470a671e-f67d-4167-98fc-7e572b110922 does not have a port with id 84b66834-de11-4707-bf6c-3c3b99d30784"
  }
};
