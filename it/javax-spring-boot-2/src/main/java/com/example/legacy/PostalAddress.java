package com.example.legacy;

import javax.persistence.Embeddable;

@Embeddable
public class PostalAddress {

    private String streetLine;

    private String postCode;
}
