export * from './roles';
export * from './portfolio';
export * from './validation';
