module.exports = { displayName: 'api-lifecycle', preset: '../../../jest.preset.js', rootDir: '.' };
