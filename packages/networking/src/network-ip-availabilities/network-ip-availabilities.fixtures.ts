/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as admin unless the name says
 * member, on network `rec-ipa-net` with an IPv4 /28 and an IPv6 /64 subnet and one port. Nothing
 * edited.
 */

/** 200 reply to the recorded `GET v2.0/network-ip-availabilities/bec8ac3c-ed87-43db-a954-d21d483b4b71`, as the text Neutron sent: its IPv6 counts do not fit a JavaScript number. */
export const getText = "{\"network_ip_availability\": {\"network_id\": \"bec8ac3c-ed87-43db-a954-d21d483b4b71\", \"network_name\": \"rec-ipa-net\", \"tenant_id\": \"fce686c7d1ca46108d67d3c934f443fb\", \"project_id\": \"fce686c7d1ca46108d67d3c934f443fb\", \"subnet_ip_availability\": [{\"subnet_id\": \"8d3d6056-00f1-447f-b7e3-f07940c9adb0\", \"ip_version\": 4, \"cidr\": \"10.77.0.0/28\", \"subnet_name\": \"rec-ipa-subnet\", \"used_ips\": 1, \"total_ips\": 13}, {\"subnet_id\": \"dc28307e-3622-4059-b46a-5019f65f586a\", \"ip_version\": 6, \"cidr\": \"fd00:77::/64\", \"subnet_name\": \"rec-ipa-subnet6\", \"used_ips\": 1, \"total_ips\": 18446744073709551615}], \"used_ips\": 2, \"total_ips\": 18446744073709551628}}";

/** 200 reply to the recorded `GET v2.0/network-ip-availabilities?network_id=bec8ac3c…&network_name=rec-ipa-net&ip_version=4&project_id=fce686c7…`. */
export const list = {
  "network_ip_availabilities": [
    {
      "network_id": "bec8ac3c-ed87-43db-a954-d21d483b4b71",
      "network_name": "rec-ipa-net",
      "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "subnet_ip_availability": [
        {
          "subnet_id": "8d3d6056-00f1-447f-b7e3-f07940c9adb0",
          "ip_version": 4,
          "cidr": "10.77.0.0/28",
          "subnet_name": "rec-ipa-subnet",
          "used_ips": 1,
          "total_ips": 13
        }
      ],
      "used_ips": 1,
      "total_ips": 13
    }
  ]
};

/** 200 reply to the recorded `GET v2.0/network-ip-availabilities?network_name=rec-ipa-net&limit=1&fields=network_id&fields=network_name&fields=used_ips`. */
export const page1 = {
  "network_ip_availabilities": [
    {
      "network_id": "bec8ac3c-ed87-43db-a954-d21d483b4b71",
      "network_name": "rec-ipa-net",
      "used_ips": 2
    }
  ],
  "network_ip_availabilities_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/network-ip-availabilities?network_name=rec-ipa-net&limit=1&fields=network_id&fields=network_name&fields=used_ips&marker=bec8ac3c-ed87-43db-a954-d21d483b4b71"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/network-ip-availabilities?network_name=rec-ipa-net&limit=1&fields=network_id&fields=network_name&fields=used_ips&marker=bec8ac3c-ed87-43db-a954-d21d483b4b71&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `next` link of `page1`. */
export const page2 = {
  "network_ip_availabilities": [],
  "network_ip_availabilities_links": [
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/network-ip-availabilities?network_name=rec-ipa-net&limit=1&fields=network_id&fields=network_name&fields=used_ips&page_reverse=True"
    }
  ]
};

/** 404 reply to the recorded `GET v2.0/network-ip-availabilities/00000000-0000-0000-0000-000000000000`. */
export const notFound = {
  "NeutronError": {
    "type": "NetworkNotFound",
    "message": "Network 00000000-0000-0000-0000-000000000000 could not be found.",
    "detail": ""
  }
};

/** 404 reply to the recorded `GET v2.0/network-ip-availabilities/bec8ac3c-ed87-43db-a954-d21d483b4b71`. */
export const memberGet = {
  "NeutronError": {
    "type": "HTTPNotFound",
    "message": "The resource could not be found.",
    "detail": ""
  }
};

/** 200 reply to the recorded `GET v2.0/network-ip-availabilities`. */
export const memberList = {
  "network_ip_availabilities": []
};

/** 200 reply to the recorded `GET v2.0/network-ip-availabilities?network_id=2c054f6a…&tenant_id=fce686c7…&sort_key=network_id&sort_dir=asc&marker=00000000-0000-0000-0000-000000000000&page_reverse=false` (the seeded network `public`). */
export const listSorted = {
  "network_ip_availabilities": [
    {
      "network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
      "network_name": "public",
      "tenant_id": "fce686c7d1ca46108d67d3c934f443fb",
      "project_id": "fce686c7d1ca46108d67d3c934f443fb",
      "subnet_ip_availability": [
        {
          "subnet_id": "60fe83ee-dea4-4b67-b419-2a59a61bd488",
          "ip_version": 4,
          "cidr": "172.24.4.0/24",
          "subnet_name": "public-subnet",
          "used_ips": 0,
          "total_ips": 253
        }
      ],
      "used_ips": 0,
      "total_ips": 253
    }
  ]
};
