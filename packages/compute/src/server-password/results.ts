/** The body of `GET /servers/{id}/os-server-password`. */
export interface ServerPassword {
  /**
   * The administrative password the guest posted to the metadata service, encrypted with the
   * server's SSH public key and base64-encoded; an empty string when there is none.
   */
  password: string;
}
