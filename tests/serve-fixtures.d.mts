import type { Server } from 'node:http';

/** Serves a folder (the e2e fixtures by default) on 127.0.0.1. */
export function startFixtureServer(port?: number, dir?: string): Promise<Server>;
