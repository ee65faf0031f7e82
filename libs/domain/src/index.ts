export * from './roles';
export * from './portfolio';
export * from './validation';
export * from './standards';
export * from './handbook';
export * from './recurrence';
export * from './schedule';
export * from './inspection';
