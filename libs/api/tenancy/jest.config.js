module.exports = { displayName: 'api-tenancy', preset: '../../../jest.preset.js', rootDir: '.' };
