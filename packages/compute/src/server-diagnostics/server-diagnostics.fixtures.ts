/**
 * Replies recorded from the real Nova (Zed) in the local cloud, from servers booted for the
 * recording (the first on the demo network `private`); nothing edited.
 */

/** 200 reply to the recorded `diagnostics` call (GET servers/{id}/diagnostics, microversion 2.93 as admin). */
export const diagnostics = {
  "state": "running",
  "driver": "libvirt",
  "hypervisor": "kvm",
  "hypervisor_os": "ubuntu",
  "uptime": 46664,
  "config_drive": true,
  "num_cpus": 1,
  "num_nics": 1,
  "num_disks": 1,
  "disk_details": [
    {
      "read_bytes": 262144,
      "read_requests": 112,
      "write_bytes": 5778432,
      "write_requests": 488,
      "errors_count": 1
    }
  ],
  "cpu_details": [
    {
      "id": 0,
      "time": 17300000000,
      "utilisation": 15
    }
  ],
  "nic_details": [
    {
      "mac_address": "01:23:45:67:89:ab",
      "rx_octets": 2070139,
      "rx_errors": 100,
      "rx_drop": 200,
      "rx_packets": 26701,
      "rx_rate": 300,
      "tx_octets": 140208,
      "tx_errors": 400,
      "tx_drop": 500,
      "tx_packets": 662,
      "tx_rate": 600
    }
  ],
  "memory_details": {
    "maximum": 524288,
    "used": 0
  }
};

/** 200 reply to the recorded `diagnostics_2_47` call (GET servers/{id}/diagnostics, microversion 2.47 as admin). */
export const diagnostics247 = {
  "cpu0_time": 17300000000,
  "memory": 524288,
  "vda_errors": -1,
  "vda_read": 262144,
  "vda_read_req": 112,
  "vda_write": 5778432,
  "vda_write_req": 488,
  "vnet1_rx": 2070139,
  "vnet1_rx_drop": 0,
  "vnet1_rx_errors": 0,
  "vnet1_rx_packets": 26701,
  "vnet1_tx": 140208,
  "vnet1_tx_drop": 0,
  "vnet1_tx_errors": 0,
  "vnet1_tx_packets": 662
};

/** 403 reply to the recorded `diagnostics_member` call (GET servers/{id}/diagnostics, microversion 2.93). */
export const diagnosticsMember = {
  "forbidden": {
    "code": 403,
    "message": "Policy doesn't allow os_compute_api:os-server-diagnostics to be performed."
  }
};
