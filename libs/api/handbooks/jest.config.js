module.exports = { displayName: 'api-handbooks', preset: '../../../jest.preset.js', rootDir: '.' };
