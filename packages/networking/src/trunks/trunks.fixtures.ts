/**
 * Trunk fixtures, in two groups.
 *
 * RECORDED: the local Neutron (Zed) does not load the trunk service plugin (its only mechanism
 * driver, `test`, cannot trunk), so all it gives is the 404 of a missing extension; those replies
 * were recorded from it, as admin, nothing edited.
 *
 * API REFERENCE SAMPLES: no trunk could be recorded, so the successful replies are the samples of
 * the Neutron API reference (neutron-lib `api-ref/source/v2/samples/trunks/`), copied unedited.
 * They are not recordings.
 */

// ---- RECORDED from the local Neutron

/** 404 reply to the recorded `extension` call. */
export const extensionMissing = {
  "message": "The resource could not be found.<br /><br />\nExtension with alias trunk does not exist\n\n",
  "code": "404 Not Found",
  "title": "Not Found"
};

/** 404 reply to the recorded `list` call. */
export const listMissing = {
  "NeutronError": {
    "type": "HTTPNotFound",
    "message": "The resource could not be found.",
    "detail": ""
  }
};

/** 404 reply to the recorded `create` call. */
export const createMissing = {
  "NeutronError": {
    "type": "HTTPNotFound",
    "message": "The resource could not be found.",
    "detail": ""
  }
};

/** 404 reply to the recorded `get` call. */
export const getMissing = {
  "NeutronError": {
    "type": "HTTPNotFound",
    "message": "The resource could not be found.",
    "detail": ""
  }
};

/** 404 reply to the recorded `add_subports` call. */
export const addSubportsMissing = {
  "NeutronError": {
    "type": "HTTPNotFound",
    "message": "The resource could not be found.",
    "detail": ""
  }
};

// ---- API REFERENCE SAMPLES (neutron-lib api-ref/source/v2/samples/trunks/), not recordings

/** API reference sample `trunks-list-response.json`. */
export const sampleList = {
  "trunks": [
    {
      "status": "DOWN",
      "sub_ports": [],
      "name": "test",
      "admin_state_up": true,
      "project_id": "313be01bd0744cea86643c711c57012b",
      "tenant_id": "313be01bd0744cea86643c711c57012b",
      "created_at": "2016-10-05T20:11:16Z",
      "updated_at": "2016-10-05T20:11:16Z",
      "revision_number": 1,
      "port_id": "8027c4da-772f-4e43-bfbf-023b4a4e63de",
      "id": "ee98bdb4-a817-43af-943f-4318bff98f51",
      "description": ""
    }
  ]
};

/** API reference sample `trunk-create-request.json`. */
export const sampleCreateRequest = {
  "trunk": {
    "port_id": "8027c4da-772f-4e43-bfbf-023b4a4e63de",
    "name": "test",
    "admin_state_up": true
  }
};

/** API reference sample `trunks-create-response.json`. */
export const sampleCreate = {
  "trunk": {
    "status": "DOWN",
    "sub_ports": [],
    "name": "test",
    "admin_state_up": true,
    "project_id": "145a14e4a64b49bf98baad8945dbd4f1",
    "tenant_id": "145a14e4a64b49bf98baad8945dbd4f1",
    "created_at": "2016-10-05T22:31:37Z",
    "updated_at": "2016-10-05T22:31:37Z",
    "revision_number": 1,
    "port_id": "8027c4da-772f-4e43-bfbf-023b4a4e63de",
    "id": "114a26b1-d124-4835-bb4f-021d3d886023",
    "description": ""
  }
};

/** API reference sample `trunk-show-response.json`. */
export const sampleGet = {
  "trunk": {
    "status": "DOWN",
    "sub_ports": [
      {
        "segmentation_type": "vlan",
        "port_id": "4b4c691b-086d-43d2-8a65-5487e9434155",
        "segmentation_id": 44
      }
    ],
    "name": "foo",
    "admin_state_up": true,
    "project_id": "145a14e4a64b49bf98baad8945dbd4f1",
    "tenant_id": "145a14e4a64b49bf98baad8945dbd4f1",
    "created_at": "2016-10-05T22:31:37Z",
    "updated_at": "2016-10-05T23:28:17Z",
    "revision_number": 9,
    "port_id": "8027c4da-772f-4e43-bfbf-023b4a4e63de",
    "id": "114a26b1-d124-4835-bb4f-021d3d886023",
    "description": ""
  }
};

/** API reference sample `trunk-update-request.json`. */
export const sampleUpdateRequest = {
  "trunk": {
    "name": "foo",
    "admin_state_up": true
  }
};

/** API reference sample `trunk-update-response.json`. */
export const sampleUpdate = {
  "trunk": {
    "status": "DOWN",
    "sub_ports": [
      {
        "segmentation_type": "vlan",
        "port_id": "4b4c691b-086d-43d2-8a65-5487e9434155",
        "segmentation_id": 44
      }
    ],
    "name": "foo",
    "admin_state_up": true,
    "project_id": "145a14e4a64b49bf98baad8945dbd4f1",
    "tenant_id": "145a14e4a64b49bf98baad8945dbd4f1",
    "created_at": "2016-10-05T22:31:37Z",
    "updated_at": "2016-10-05T23:28:17Z",
    "revision_number": 9,
    "port_id": "8027c4da-772f-4e43-bfbf-023b4a4e63de",
    "id": "114a26b1-d124-4835-bb4f-021d3d886023",
    "description": ""
  }
};

/** API reference sample `trunk-add-subports-request.json`. */
export const sampleAddSubportsRequest = {
  "sub_ports": [
    {
      "segmentation_id": 44,
      "port_id": "4b4c691b-086d-43d2-8a65-5487e9434155",
      "segmentation_type": "vlan"
    }
  ]
};

/** API reference sample `trunk-add-subports-response.json`. */
export const sampleAddSubports = {
  "status": "DOWN",
  "sub_ports": [
    {
      "segmentation_type": "vlan",
      "port_id": "4b4c691b-086d-43d2-8a65-5487e9434155",
      "segmentation_id": 44
    }
  ],
  "name": "test",
  "admin_state_up": true,
  "project_id": "145a14e4a64b49bf98baad8945dbd4f1",
  "tenant_id": "145a14e4a64b49bf98baad8945dbd4f1",
  "created_at": "2016-10-05T22:31:37Z",
  "updated_at": "2016-10-05T22:52:04Z",
  "revision_number": 2,
  "port_id": "8027c4da-772f-4e43-bfbf-023b4a4e63de",
  "id": "114a26b1-d124-4835-bb4f-021d3d886023",
  "description": ""
};

/** API reference sample `trunk-remove-subports-request.json`. */
export const sampleRemoveSubportsRequest = {
  "sub_ports": [
    {
      "port_id": "4b4c691b-086d-43d2-8a65-5487e9434155"
    }
  ]
};

/** API reference sample `trunk-remove-subports-response.json`. */
export const sampleRemoveSubports = {
  "status": "DOWN",
  "sub_ports": [],
  "name": "test",
  "admin_state_up": true,
  "project_id": "145a14e4a64b49bf98baad8945dbd4f1",
  "tenant_id": "145a14e4a64b49bf98baad8945dbd4f1",
  "created_at": "2016-10-05T22:31:37Z",
  "updated_at": "2016-10-05T22:57:44Z",
  "revision_number": 3,
  "port_id": "8027c4da-772f-4e43-bfbf-023b4a4e63de",
  "id": "114a26b1-d124-4835-bb4f-021d3d886023",
  "description": ""
};

/** API reference sample `trunk-list-subports-response.json`. */
export const sampleListSubports = {
  "sub_ports": [
    {
      "segmentation_type": "vlan",
      "port_id": "4b4c691b-086d-43d2-8a65-5487e9434155",
      "segmentation_id": 44
    }
  ]
};
