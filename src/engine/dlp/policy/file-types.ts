/** The predefined attachment file types of the policy's attachment filter (matched by extension or MIME type). */

/** A predefined file type. */
export interface FileType {
  readonly id: string;
  readonly name: string;
  readonly extensions: readonly string[];
  readonly mimeTypes: readonly string[];
}

/** The file types the attachment filter offers. */
export const attachmentFileTypes: readonly FileType[] = [
  { id: 'pdf', name: 'PDF documents', extensions: ['pdf'], mimeTypes: ['application/pdf'] },
  {
    id: 'word',
    name: 'Word processing documents',
    extensions: ['doc', 'docx', 'docm', 'dot', 'dotx', 'rtf', 'odt'],
    mimeTypes: ['application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/rtf'],
  },
  {
    id: 'spreadsheet',
    name: 'Spreadsheets',
    extensions: ['xls', 'xlsx', 'xlsm', 'csv', 'ods'],
    mimeTypes: ['application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
  },
  {
    id: 'presentation',
    name: 'Presentations',
    extensions: ['ppt', 'pptx', 'pptm', 'odp'],
    mimeTypes: ['application/vnd.ms-powerpoint', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  },
  { id: 'text', name: 'Plain text', extensions: ['txt', 'text', 'log', 'md'], mimeTypes: ['text/plain'] },
  { id: 'html', name: 'HTML', extensions: ['htm', 'html'], mimeTypes: ['text/html'] },
  {
    id: 'source',
    name: 'Source code',
    extensions: ['c', 'h', 'cpp', 'hpp', 'cs', 'java', 'js', 'ts', 'py', 'php', 'rb', 'go', 'rs', 'sql', 'sh', 'pl', 'swift', 'kt'],
    mimeTypes: ['text/x-c', 'text/x-java-source', 'text/x-python', 'application/javascript'],
  },
  {
    id: 'archive',
    name: 'Archives',
    extensions: ['zip', '7z', 'rar', 'tar', 'gz', 'tgz', 'bz2'],
    mimeTypes: ['application/zip', 'application/x-7z-compressed', 'application/x-rar-compressed', 'application/gzip'],
  },
  {
    id: 'image',
    name: 'Images',
    extensions: ['png', 'jpg', 'jpeg', 'gif', 'bmp', 'tif', 'tiff', 'webp'],
    mimeTypes: ['image/png', 'image/jpeg', 'image/gif'],
  },
];

/** The lower-case extension of a file name, without the dot ('' when none). */
export const extensionOf = (filename: string): string => {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot + 1).toLowerCase();
};

/** True when the attachment is of one of the file type ids or custom extensions. */
export function matchesFileTypes(
  filename: string,
  contentType: string,
  fileTypes: readonly string[],
  customExtensions: readonly string[],
): boolean {
  const ext = extensionOf(filename);
  const mime = contentType.toLowerCase().split(';')[0].trim();
  if (customExtensions.some((e) => e.toLowerCase() === ext)) return true;
  return attachmentFileTypes.some((t) => fileTypes.includes(t.id) && (t.extensions.includes(ext) || t.mimeTypes.includes(mime)));
}
