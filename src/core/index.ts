// The public API of the domain core: pure functions and data, no browser API, no DOM.
export * from './consoles';
export * from './credentials';
export * from './steps';
export * from './urls';
