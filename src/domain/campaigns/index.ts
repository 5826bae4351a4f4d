export * from './campaign-states.js';
export * from './delivery-states.js';
export * from './state-machine.js';
export * from './model.js';
export * from './answers/index.js';
