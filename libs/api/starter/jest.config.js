module.exports = { displayName: 'api-starter', preset: '../../../jest.preset.js', rootDir: '.' };
