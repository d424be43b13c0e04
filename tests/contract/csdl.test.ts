// The contract checker itself must fail, and say where, when a body breaks Graph's metadata.
import { describe, expect, it } from 'vitest';
import {
  CSDL_PATH,
  assertOperationExists,
  loadCsdl,
  validateAgainstCsdl,
  validateOperationBody,
} from './csdl';
import { resolveGraphPath } from './csdl-path';
import { checkExchange } from './recorder';

const user = {
  id: 'a',
  displayName: 'Kari Nordmann',
  employeeHireDate: '2026-03-30T00:00:00Z',
  accountEnabled: true,
};

describe('validateAgainstCsdl', () => {
  it('accepts a user with inherited id, annotations and an extension attribute', () => {
    const value = { ...user, '@odata.context': 'x', 'manager@odata.bind': 'x', deletedDateTime: null };
    const extended = { ...value, onPremisesExtensionAttributes: { extensionAttribute1: '80' } };
    expect(validateAgainstCsdl('microsoft.graph.user', extended)).toEqual([]);
  });

  it('names an unknown property', () => {
    expect(validateAgainstCsdl('user', { ...user, fooBar: 1 })).toEqual([
      'microsoft.graph.user.fooBar: no such property (on user or its base types directoryObject, entity)',
    ]);
  });

  it('names a property of the wrong type', () => {
    expect(validateAgainstCsdl('user', { ...user, employeeHireDate: 'abc', accountEnabled: 'yes' })).toEqual([
      'microsoft.graph.user.employeeHireDate: expected Edm.DateTimeOffset, got "abc"',
      'microsoft.graph.user.accountEnabled: expected Edm.Boolean, got "yes"',
    ]);
  });

  it('names a wrong property inside a complex type, and inside collections', () => {
    const value = { ...user, onPremisesExtensionAttributes: { extensionAttribute1: 80, colour: 'blue' } };
    expect(validateAgainstCsdl('user', [value], { collection: true })).toEqual([
      'microsoft.graph.user[0].onPremisesExtensionAttributes.extensionAttribute1: expected Edm.String, got 80',
      'microsoft.graph.user[0].onPremisesExtensionAttributes.colour: no such property (on onPremisesExtensionAttributes)',
    ]);
  });

  it('checks enums, non-nullable properties and an @odata.type cast', () => {
    const event = { showAs: 'sleeping', attendees: [{ type: 'required', emailAddress: { address: 1 } }] };
    expect(validateAgainstCsdl('event', event)).toEqual([
      'microsoft.graph.event.showAs: expected microsoft.graph.freeBusyStatus (one of unknown, free, tentative, busy, oof, workingElsewhere), got "sleeping"',
      'microsoft.graph.event.attendees[0].emailAddress.address: expected Edm.String, got 1',
    ]);
    expect(validateAgainstCsdl('user', { ...user, businessPhones: null })).toEqual([
      'microsoft.graph.user.businessPhones: expected Collection(Edm.String), got null (not nullable)',
    ]);
    expect(
      validateAgainstCsdl('directoryObject', { '@odata.type': '#microsoft.graph.user', jobTitle: 'x' }),
    ).toEqual([]);
    expect(validateAgainstCsdl('user', { '@odata.type': '#microsoft.graph.group' })).toEqual([
      'microsoft.graph.user.@odata.type: #microsoft.graph.group is not microsoft.graph.user or a type derived from it',
    ]);
  });

  it('lets directory extensions through on the open user type, and nothing else', () => {
    const extension = 'extension_0123456789abcdef0123456789abcdef_stillingsprosent';
    expect(validateAgainstCsdl('user', { [extension]: '80', stillingsprosent: '80' })).toEqual([
      'microsoft.graph.user.stillingsprosent: no such property (on user or its base types directoryObject, entity)',
    ]);
  });
});

describe('operations and paths', () => {
  it('finds getSchedule bound to calendar and checks its parameters without regard to case', () => {
    const op = assertOperationExists('getSchedule', 'microsoft.graph.calendar');
    const body = {
      schedules: ['a@b.no'],
      startTime: { dateTime: '2026-05-04T08:00:00', timeZone: 'UTC' },
      slots: 3,
    };
    expect(validateOperationBody(op, body)).toEqual([
      'getSchedule(microsoft.graph.calendar).slots: no such parameter (has Schedules, EndTime, StartTime, AvailabilityViewInterval)',
    ]);
    expect(() => assertOperationExists('getSchedule', 'user')).toThrow(
      "Graph has no action or function 'getSchedule' bound to microsoft.graph.user",
    );
  });

  it('resolves routes through the entity container and names a segment Graph lacks', () => {
    expect(resolveGraphPath('/v1.0/me/directReports').type).toBe(
      'Collection(microsoft.graph.directoryObject)',
    );
    expect(resolveGraphPath('/v1.0/users/{id}/calendar/getSchedule').operation?.name).toBe('getSchedule');
    expect(() => resolveGraphPath('/v1.0/users/{id}/mentor')).toThrow(
      "no navigation property, property or operation 'mentor'",
    );
    expect(() => resolveGraphPath('/v1.0/people2')).toThrow("'people2' is not an entity set or singleton");
  });

  it('fails an exchange whose response breaks the contract, naming request and property', () => {
    const exchange = {
      method: 'GET',
      path: '/v1.0/users/{id}/directReports',
      url: '/v1.0/users/x/directReports',
      status: 200,
      requestType: null,
      requestBody: null,
      responseType: 'Collection(microsoft.graph.user)',
      responseBody: { value: [{ id: 'x', stillingsprosent: 80 }] },
    };
    expect(checkExchange(exchange)).toEqual([
      'GET /v1.0/users/x/directReports: microsoft.graph.user[0].stillingsprosent: no such property (on user or its base types directoryObject, entity)',
    ]);
    expect(checkExchange({ ...exchange, responseType: 'microsoft.graph.user' })).toEqual([
      'GET /v1.0/users/x/directReports: response typed microsoft.graph.user, but the path gives Collection(microsoft.graph.directoryObject)',
    ]);
    expect(
      checkExchange({
        ...exchange,
        status: 404,
        responseType: 'odata.error',
        responseBody: { message: 'x' },
      }),
    ).toEqual(["GET /v1.0/users/x/directReports: error body is not Graph's { error: { code, message } }"]);
  });
});

describe('the metadata file', () => {
  it('is parsed once and shared', () => {
    expect(loadCsdl()).toBe(loadCsdl(CSDL_PATH));
    expect(loadCsdl().types.get('microsoft.graph.user')).toMatchObject({
      baseType: 'microsoft.graph.directoryObject',
    });
  });

  it('fails loudly, naming the file and where it comes from, when it is missing', () => {
    const missing = '/nowhere/graph-v1.0-csdl.xml';
    expect(() => validateAgainstCsdl('user', user, { file: missing })).toThrow(
      /Graph metadata not found at \/nowhere\/graph-v1\.0-csdl\.xml.*msgraph-metadata.*clean_v10_metadata\/cleanMetadata\.xml/,
    );
  });
});
