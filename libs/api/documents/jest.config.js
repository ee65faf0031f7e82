module.exports = { displayName: 'api-documents', preset: '../../../jest.preset.js', rootDir: '.' };
