module.exports = { displayName: 'api-regulations', preset: '../../../jest.preset.js', rootDir: '.' };
