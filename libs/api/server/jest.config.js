module.exports = { displayName: 'api-server', preset: '../../../jest.preset.js', rootDir: '.' };
