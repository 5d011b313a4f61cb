// @vitest-environment node
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { startFixtureServer } from '../e2e/harness/server';

/** Sends a proxy CONNECT and resets the connection at once, as a browser closing a tab may. */
function connectAndReset(port: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write('CONNECT accounts.example:443 HTTP/1.1\r\nHost: accounts.example:443\r\n\r\n');
      setTimeout(() => {
        socket.resetAndDestroy();
        resolve();
      }, 5);
    });
    socket.on('error', () => {});
  });
}

describe('the e2e fixture server (also the browsers’ proxy)', () => {
  it('records a refused CONNECT and survives the browser resetting it', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    const server = await startFixtureServer();
    try {
      const port = Number(new URL(server.origin).port);
      for (let i = 0; i < 20; i++) await connectAndReset(port);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(uncaught).toEqual([]);
      expect(server.externalRequests()).toContainEqual({
        url: 'https://accounts.example:443',
        via: 'proxy',
      });
      // Still serving.
      const response = await fetch(server.url('smoke.html'));
      expect(response.status).toBe(200);
    } finally {
      process.off('uncaughtException', onUncaught);
      await server.close();
    }
  });

  it('logs every request, and in abort mode closes proxied ones without an answer', async () => {
    const server = await startFixtureServer({ refuse: 'abort' });
    try {
      server.route('/p/page.html', { body: '<p>Kerry</p>' });
      const response = await fetch(server.url('p/page.html'), {
        headers: { 'sec-fetch-dest': 'empty', origin: 'chrome-extension://id' },
      });
      expect(await response.text()).toBe('<p>Kerry</p>');
      const port = Number(new URL(server.origin).port);
      const reply = await new Promise<string>((resolve) => {
        let text = '';
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.write('GET http://tracker.example/x HTTP/1.1\r\nHost: tracker.example\r\n\r\n');
        });
        socket.on('data', (chunk) => {
          text += chunk;
        });
        socket.on('close', () => resolve(text));
        socket.on('error', () => resolve(text));
      });
      expect(reply).toBe('');
      expect(server.log).toEqual([
        { url: '/p/page.html', proxied: false, dest: 'empty', origin: 'chrome-extension://id' },
        { url: 'http://tracker.example/x', proxied: true, dest: '', origin: '' },
      ]);
    } finally {
      await server.close();
    }
  });
});
