export * from './campaign-states.js';
export * from './delivery-states.js';
export * from './state-machine.js';
