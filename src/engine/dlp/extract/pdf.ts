/**
 * Text of PDF attachments with unpdf (PDF.js), loaded only when a PDF appears. Where PDF.js cannot
 * run, or the file is damaged or encrypted, the attachment is reported as unscannable.
 */

/** The PDF's text, or the reason it could not be read. */
export async function pdfText(data: Uint8Array): Promise<{ text: string } | { error: string }> {
  try {
    const { extractText, getDocumentProxy } = await import('unpdf');
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    const doc = await getDocumentProxy(new Uint8Array(data), { verbosity: 0 });
    const { text } = await extractText(doc, { mergePages: true });
    return { text };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
