import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../browser/chromium.ts';

describe('the browser tests’ Chromium lookup', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('fails with instructions to install Chromium when it is missing', () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    expect(() => chromiumPath()).toThrow(/apt-get install -y chromium fonts-noto-cjk/);
  });
});
