module.exports = { displayName: 'api-training', preset: '../../../jest.preset.js', rootDir: '.' };
