/**
 * Replies recorded from the real Cinder (Zed, FakeLoggingVolumeDriver) in the local cloud by the
 * demo member (the admin where noted), on volume df0da4f2-… made for the recording; nothing edited.
 */

export const volumeId = 'df0da4f2-c134-4ef6-b2e7-bf7a77e65c49';

/** 200 reply to `os-initialize_connection` (the fake driver's iSCSI answer). */
export const initializeConnection = {
  connection_info: { driver_volume_type: 'iscsi', data: { access_mode: 'rw', qos_specs: null, encrypted: false, cacheable: false } },
};

/** 200 reply to `os-set_image_metadata` with `{ os_distro: 'cirros', rec: '1' }`. */
export const setImageMetadata = { metadata: { os_distro: 'cirros', rec: '1' } };

/** 200 reply to `os-show_image_metadata` after `rec` was unset. */
export const showImageMetadata = { metadata: { os_distro: 'cirros' } };

/** 202 reply to `os-volume_upload_image` (microversion 3.70). */
export const uploadImage = {
  'os-volume_upload_image': {
    id: 'df0da4f2-c134-4ef6-b2e7-bf7a77e65c49',
    updated_at: '2026-12-08T01:39:56.000000',
    status: 'uploading',
    display_description: null,
    size: 1,
    volume_type: {
      id: '7675f7b2-228c-46da-b044-4e41c3da2732',
      name: '__DEFAULT__',
      description: 'Default Volume Type',
      is_public: true,
      extra_specs: {},
      qos_specs_id: null,
      created_at: '2026-12-07T21:45:59.000000',
      updated_at: '2026-12-07T21:45:59.000000',
      deleted_at: null,
      deleted: false,
    },
    image_id: 'cdfe1a8e-efbf-4f19-9292-7ea19136b68b',
    container_format: 'bare',
    disk_format: 'raw',
    image_name: 'rec-upload',
    protected: false,
    visibility: 'private',
  },
};

/** 400 reply to `os-retype` to the volume's own type. */
export const retypeSameType = {
  badRequest: {
    code: 400,
    message:
      'Invalid volume: Retype needs volume to be in available or in-use state, not be part of an active migration or a consistency group, requested type has to be different that the one from the volume, and for in-use volumes front-end qos specs cannot change.',
  },
};

/** 400 reply to `os-begin_detaching` on an available volume. */
export const beginDetachingAvailable = {
  badRequest: { code: 400, message: "Invalid volume: Unable to detach volume. Volume status must be 'in-use' and attach_status must be 'attached' to detach." },
};

/** 403 reply to `os-force_detach` by the member. */
export const forceDetachForbidden = {
  forbidden: { code: 403, message: "Policy doesn't allow volume_extension:volume_admin_actions:force_detach to be performed." },
};
