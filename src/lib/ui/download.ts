/** Saves data the page already holds under a file name, through a temporary link (nothing is sent). */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Text or bytes as a download of the given type. */
export function saveFile(name: string, content: string | ArrayBuffer, type: string): void {
	downloadBlob(new Blob([content], { type }), name);
}
