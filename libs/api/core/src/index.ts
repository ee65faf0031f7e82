export * from './errors';
export * from './validation';
export * from './validators';
export * from './context';
export * from './loaders';
export * from './auth-checker';
export * from './pagination';
export * from './audit';
