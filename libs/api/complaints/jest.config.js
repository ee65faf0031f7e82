module.exports = { displayName: 'api-complaints', preset: '../../../jest.preset.js', rootDir: '.' };
