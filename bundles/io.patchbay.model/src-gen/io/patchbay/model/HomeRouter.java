/**
 */
package io.patchbay.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Home Router</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The router of an employee's home office.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.patchbay.model.HomeRouter#getSipAlg <em>Sip Alg</em>}</li>
 * </ul>
 *
 * @see io.patchbay.model.EstatePackage#getHomeRouter()
 * @model
 * @generated
 */
public interface HomeRouter extends Router {
	/**
	 * Returns the value of the '<em><b>Sip Alg</b></em>' attribute.
	 * The literals are from the enumeration {@link io.patchbay.model.SipAlg}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SIP ALG of the router; it must be off (F-04).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sip Alg</em>' attribute.
	 * @see io.patchbay.model.SipAlg
	 * @see #setSipAlg(SipAlg)
	 * @see io.patchbay.model.EstatePackage#getHomeRouter_SipAlg()
	 * @model
	 * @generated
	 */
	SipAlg getSipAlg();

	/**
	 * Sets the value of the '{@link io.patchbay.model.HomeRouter#getSipAlg <em>Sip Alg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sip Alg</em>' attribute.
	 * @see io.patchbay.model.SipAlg
	 * @see #getSipAlg()
	 * @generated
	 */
	void setSipAlg(SipAlg value);

} // HomeRouter
