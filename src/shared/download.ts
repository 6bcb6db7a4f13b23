// Saving a text file from an extension page without the downloads permission.

/** A download through <a download> and a Blob URL: needs no permission. */
export function downloadText(doc: Document, name: string, mime: string, text: string): void {
  const win = doc.defaultView;
  if (!win) return;
  const url = win.URL.createObjectURL(new win.Blob([text], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Firefox reads the Blob after the click returns: revoke later.
  win.setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
}
