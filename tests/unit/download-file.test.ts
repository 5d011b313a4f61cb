import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../../lib/page/download-file';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('downloadFile', () => {
  it('clicks a download link to the text as a blob, then lets the URL go', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:backstory/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    document.addEventListener('click', (event) => {
      const link = event.target as HTMLAnchorElement;
      clicked.push({ href: link.href, download: link.download, attached: link.isConnected });
      event.preventDefault();
    });
    const later: (() => void)[] = [];
    downloadFile('library.json', '{"a":1}', document, (run) => later.push(run));
    expect(clicked).toEqual([
      { href: 'blob:backstory/1', download: 'library.json', attached: true },
    ]);
    expect(await blobs[0]?.text()).toBe('{"a":1}');
    expect(blobs[0]?.type).toBe('application/json');
    expect(document.querySelector('a')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    for (const run of later) run();
    expect(revoke).toHaveBeenCalledWith('blob:backstory/1');
  });
});
