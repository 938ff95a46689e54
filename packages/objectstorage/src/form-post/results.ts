/**
 * An HTML form's target and hidden fields for Swift's `formpost` middleware, from
 * {@link createFormPost}. Post `fields` first, then the files, as `multipart/form-data` to `url`.
 */
export interface FormPost {
  /** Where to `POST` the form: the container's URL, with the object prefix when there is one. */
  url: string;
  /**
   * The form fields by name, in the order to send them: `redirect` (when given), `max_file_size`,
   * `max_file_count`, `expires`, `signature`, then `x_delete_at` or `x_delete_after` (when given).
   */
  fields: Record<string, string>;
}
