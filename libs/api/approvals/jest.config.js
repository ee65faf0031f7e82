module.exports = { displayName: 'api-approvals', preset: '../../../jest.preset.js', rootDir: '.' };
