// Dexie in Node: an in-memory IndexedDB, fresh per test file.
import 'fake-indexeddb/auto';
