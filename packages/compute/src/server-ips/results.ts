/**
 * One IP address of a server as `GET /servers/{id}/ips` lists it: the address and its IP version
 * only (the server's own `addresses` also carry the MAC and fixed/floating type).
 */
export interface ServerIpAddress {
  addr: string;
  version: 4 | 6;
}
