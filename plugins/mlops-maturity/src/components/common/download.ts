/** Saves a blob as a file through a temporary link, the way browsers allow. */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Saves Markdown text as a file. */
export function downloadMarkdown(text: string, fileName: string) {
  downloadBlob(new Blob([text], { type: 'text/markdown' }), fileName);
}
