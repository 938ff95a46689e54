/**
 * Replies recorded from the real Neutron (Zed) in the local cloud, as admin unless the name says
 * member, on the VXLAN provider network `rec-seg-net2` (12bb8771…) to which a VLAN segment was
 * added. Nothing edited.
 */

/** 201 reply to the recorded `POST v2.0/segments`. */
export const create = {
  "segment": {
    "id": "00cde91c-49ed-4c17-b7b6-fc091be86939",
    "network_id": "12bb8771-7d85-4a6b-bd30-396446ad6858",
    "name": "rec-segment",
    "description": "recorded",
    "physical_network": "public",
    "network_type": "vlan",
    "segmentation_id": 3102,
    "created_at": "2026-11-27T14:49:54Z",
    "updated_at": "2026-11-27T14:49:55Z",
    "revision_number": 1
  }
};

/** 200 reply to the recorded `GET v2.0/segments/00cde91c-49ed-4c17-b7b6-fc091be86939`. */
export const get = {
  "segment": {
    "id": "00cde91c-49ed-4c17-b7b6-fc091be86939",
    "network_id": "12bb8771-7d85-4a6b-bd30-396446ad6858",
    "name": "rec-segment",
    "description": "recorded",
    "physical_network": "public",
    "network_type": "vlan",
    "segmentation_id": 3102,
    "created_at": "2026-11-27T14:49:54Z",
    "updated_at": "2026-11-27T14:49:55Z",
    "revision_number": 1
  }
};

/** 200 reply to the recorded `PUT v2.0/segments/00cde91c-49ed-4c17-b7b6-fc091be86939`. */
export const update = {
  "segment": {
    "id": "00cde91c-49ed-4c17-b7b6-fc091be86939",
    "network_id": "12bb8771-7d85-4a6b-bd30-396446ad6858",
    "name": "rec-segment-2",
    "description": "changed",
    "physical_network": "public",
    "network_type": "vlan",
    "segmentation_id": 3102,
    "created_at": "2026-11-27T14:49:54Z",
    "updated_at": "2026-11-27T14:50:10Z",
    "revision_number": 2
  }
};

/** 200 reply to the recorded `GET v2.0/segments?network_id=12bb8771…&network_type=vlan&physical_network=public&name=rec-segment&description=recorded&id=00cde91c…`. */
export const list = {
  "segments": [
    {
      "id": "00cde91c-49ed-4c17-b7b6-fc091be86939",
      "network_id": "12bb8771-7d85-4a6b-bd30-396446ad6858",
      "name": "rec-segment",
      "description": "recorded",
      "physical_network": "public",
      "network_type": "vlan",
      "segmentation_id": 3102,
      "created_at": "2026-11-27T14:49:54Z",
      "updated_at": "2026-11-27T14:49:55Z",
      "revision_number": 1
    }
  ]
};

/** 200 reply to the recorded `GET v2.0/segments?network_id=12bb8771…&limit=1&sort_key=network_type&sort_dir=desc&fields=id&fields=name&fields=network_type` (Neutron ignores `fields` here). */
export const page1 = {
  "segments": [
    {
      "id": "acdac992-14de-4e4c-be42-0f4f788deab8",
      "network_id": "12bb8771-7d85-4a6b-bd30-396446ad6858",
      "name": null,
      "description": null,
      "physical_network": null,
      "network_type": "vxlan",
      "segmentation_id": 77100,
      "created_at": "2026-11-27T14:49:53Z",
      "updated_at": "2026-11-27T14:49:53Z",
      "revision_number": 0
    }
  ],
  "segments_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/segments?network_id=12bb8771-7d85-4a6b-bd30-396446ad6858&limit=1&sort_key=network_type&sort_dir=desc&fields=id&fields=name&fields=network_type&marker=acdac992-14de-4e4c-be42-0f4f788deab8"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/segments?network_id=12bb8771-7d85-4a6b-bd30-396446ad6858&limit=1&sort_key=network_type&sort_dir=desc&fields=id&fields=name&fields=network_type&marker=acdac992-14de-4e4c-be42-0f4f788deab8&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `next` link of `page1`. */
export const page2 = {
  "segments": [
    {
      "id": "00cde91c-49ed-4c17-b7b6-fc091be86939",
      "network_id": "12bb8771-7d85-4a6b-bd30-396446ad6858",
      "name": "rec-segment",
      "description": "recorded",
      "physical_network": "public",
      "network_type": "vlan",
      "segmentation_id": 3102,
      "created_at": "2026-11-27T14:49:54Z",
      "updated_at": "2026-11-27T14:49:55Z",
      "revision_number": 1
    }
  ],
  "segments_links": [
    {
      "rel": "next",
      "href": "http://127.0.0.1:9696/v2.0/segments?network_id=12bb8771-7d85-4a6b-bd30-396446ad6858&limit=1&sort_key=network_type&sort_dir=desc&fields=id&fields=name&fields=network_type&marker=00cde91c-49ed-4c17-b7b6-fc091be86939"
    },
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/segments?network_id=12bb8771-7d85-4a6b-bd30-396446ad6858&limit=1&sort_key=network_type&sort_dir=desc&fields=id&fields=name&fields=network_type&marker=00cde91c-49ed-4c17-b7b6-fc091be86939&page_reverse=True"
    }
  ]
};

/** 200 reply to the recorded `next` link of `page2`. */
export const page3 = {
  "segments": [],
  "segments_links": [
    {
      "rel": "previous",
      "href": "http://127.0.0.1:9696/v2.0/segments?network_id=12bb8771-7d85-4a6b-bd30-396446ad6858&limit=1&sort_key=network_type&sort_dir=desc&fields=id&fields=name&fields=network_type&page_reverse=True"
    }
  ]
};

/** 400 reply to the recorded `GET v2.0/segments?…&segmentation_id=3102&…`. */
export const badFilter = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "['segmentation_id'] is invalid attribute for filtering",
    "detail": ""
  }
};

/** 409 reply to the recorded `POST v2.0/segments` of a second VLAN segment on physical network `public` for the VLAN network `rec-seg-net3` (6e942c79…). */
export const duplicate = {
  "NeutronError": {
    "type": "NeutronDbObjectDuplicateEntry",
    "message": "Failed to create a duplicate NetworkSegment: for attribute(s) ['network_id', 'network_type', 'physical_network'] with value(s) 6e942c79-c868-4e45-b41b-f6d0abf972aa-vlan-public",
    "detail": ""
  }
};

/** 400 reply to the recorded `PUT v2.0/segments/00cde91c-49ed-4c17-b7b6-fc091be86939` with `{ segmentation_id: 3103 }`. */
export const readOnly = {
  "NeutronError": {
    "type": "HTTPBadRequest",
    "message": "Cannot update read-only attribute segmentation_id",
    "detail": ""
  }
};

/** 409 reply to the recorded `DELETE v2.0/segments/00cde91c-49ed-4c17-b7b6-fc091be86939` while a subnet was on it. */
export const inUse = {
  "NeutronError": {
    "type": "SegmentInUse",
    "message": "Segment '00cde91c-49ed-4c17-b7b6-fc091be86939' cannot be deleted: The segment is still associated with subnet(s) e6bbf6c0-c7ba-454a-82fe-95146a76c807.\nSegment '00cde91c-49ed-4c17-b7b6-fc091be86939' cannot be deleted: The segment is still associated with subnet(s) e6bbf6c0-c7ba-454a-82fe-95146a76c807.",
    "detail": ""
  }
};

/** 404 reply to the recorded `GET v2.0/segments/00cde91c-49ed-4c17-b7b6-fc091be86939` once it was deleted. */
export const notFound = {
  "NeutronError": {
    "type": "SegmentNotFound",
    "message": "Segment 00cde91c-49ed-4c17-b7b6-fc091be86939 could not be found.",
    "detail": ""
  }
};

/** 200 reply to the recorded `GET v2.0/segments`. */
export const memberList = {
  "segments": []
};

/** 403 reply to the recorded `POST v2.0/segments`. */
export const memberCreate = {
  "NeutronError": {
    "type": "PolicyNotAuthorized",
    "message": "rule:create_segment is disallowed by policy",
    "detail": ""
  }
};

/** 200 reply to the recorded `GET v2.0/segments?network_id=2c054f6a…&revision_number=0&marker=00000000-0000-0000-0000-000000000000&page_reverse=false` (the seeded network `public`). */
export const listMore = {
  "segments": [
    {
      "id": "321ff1af-6184-4ab1-ae13-1dcc0f130b97",
      "network_id": "2c054f6a-d272-4c55-9cb2-abd3f2c87fda",
      "name": null,
      "description": null,
      "physical_network": "public",
      "network_type": "flat",
      "segmentation_id": null,
      "created_at": "2026-11-27T13:57:00Z",
      "updated_at": "2026-11-27T13:57:00Z",
      "revision_number": 0
    }
  ]
};
